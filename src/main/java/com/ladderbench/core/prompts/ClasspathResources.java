package com.ladderbench.core.prompts;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLConnection;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Objects;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * Text resources read from one class loader, the same way whether the classes sit in a directory
 * (IDE, tests) or in the shaded jar. A missing resource is a packaging fault, not bad user input,
 * so it surfaces as {@link IllegalStateException}.
 */
final class ClasspathResources {
    private final ClassLoader loader;

    ClasspathResources(ClassLoader loader) {
        this.loader = Objects.requireNonNull(loader, "loader");
    }

    /** The resource at {@code path} (no leading slash), decoded as UTF-8. */
    String read(String path) {
        try (InputStream in = loader.getResourceAsStream(path)) {
            if (in == null) throw new IllegalStateException("resource missing from the class path: " + path);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read resource " + path, e);
        }
    }

    /**
     * Names of the files directly in {@code dir} that end with {@code suffix}, suffix removed, sorted.
     * {@code anchor} is a file known to sit next to {@code dir}: a jar need not contain directory
     * entries, so the directory itself cannot be looked up reliably, but a file always can.
     */
    List<String> list(String anchor, String dir, String suffix) {
        URL url = loader.getResource(anchor);
        if (url == null) throw new IllegalStateException("resource missing from the class path: " + anchor);
        List<String> names;
        try {
            switch (url.getProtocol()) {
                case "file":
                    names = listDirectory(Path.of(url.toURI()).resolveSibling(lastSegment(dir)), suffix);
                    break;
                case "jar":
                    names = listJar(url, dir, suffix);
                    break;
                default:
                    throw new IllegalStateException("cannot list resources under " + url);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list resources under " + dir, e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException("cannot list resources under " + url, e);
        }
        names.sort(null);
        return List.copyOf(names);
    }

    private static String lastSegment(String dir) {
        String d = dir.endsWith("/") ? dir.substring(0, dir.length() - 1) : dir;
        return d.substring(d.lastIndexOf('/') + 1);
    }

    private static List<String> listDirectory(Path dir, String suffix) throws IOException {
        List<String> names = new ArrayList<>();
        if (!Files.isDirectory(dir)) return names;
        try (Stream<Path> files = Files.list(dir)) {
            files.filter(Files::isRegularFile)
                    .map(p -> p.getFileName().toString())
                    .filter(n -> n.endsWith(suffix) && n.length() > suffix.length())
                    .forEach(n -> names.add(n.substring(0, n.length() - suffix.length())));
        }
        return names;
    }

    private static List<String> listJar(URL anchorUrl, String dir, String suffix) throws IOException {
        String prefix = dir.endsWith("/") ? dir : dir + "/";
        URLConnection connection = anchorUrl.openConnection();
        if (!(connection instanceof JarURLConnection)) throw new IllegalStateException("not a jar: " + anchorUrl);
        JarURLConnection jar = (JarURLConnection) connection;
        // Uncached, so the JarFile is ours to close and no other reader's handle is shut under it.
        jar.setUseCaches(false);
        List<String> names = new ArrayList<>();
        try (JarFile file = jar.getJarFile()) {
            Enumeration<JarEntry> entries = file.entries();
            while (entries.hasMoreElements()) {
                JarEntry entry = entries.nextElement();
                String name = entry.getName();
                if (entry.isDirectory() || !name.startsWith(prefix) || !name.endsWith(suffix)) continue;
                String rest = name.substring(prefix.length(), name.length() - suffix.length());
                if (!rest.isEmpty() && rest.indexOf('/') < 0) names.add(rest);
            }
        }
        return names;
    }
}
