package com.ladderbench.core.io;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Objects;

/**
 * One writer per output target at a time: an exclusive {@link FileLock} on a hidden
 * {@code .NAME.lock} beside the target. The operating system drops the lock when its process dies
 * (even by kill -9), so a crashed run never blocks the next one. The holder deletes the file when
 * done; a process that locked a file that was deleted meanwhile notices (the path no longer names
 * the file it opened) and tries again, so a lock is never held on an orphan.
 */
final class OutputLock implements AutoCloseable {
    private static final int ATTEMPTS = 8;

    private final Path file;
    private final FileChannel channel;
    private final FileLock lock;

    private OutputLock(Path file, FileChannel channel, FileLock lock) {
        this.file = file;
        this.channel = channel;
        this.lock = lock;
    }

    /** Null when another process (or thread) holds the lock. */
    static OutputLock tryAcquire(Path file) throws IOException {
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            Object before = keyOrNull(file);
            FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                    LinkOption.NOFOLLOW_LINKS);
            FileLock lock;
            try {
                lock = channel.tryLock();
            } catch (OverlappingFileLockException e) {
                lock = null; // this JVM already writes the target
            }
            if (lock == null) {
                channel.close();
                return null;
            }
            // No fstat in Java: compare the path's file before opening and after locking (a stat, not an
            // open, since closing any descriptor of the file would drop this process's lock).
            Object after = keyOrNull(file);
            if (after != null && (before == null || Objects.equals(before, after))) {
                return new OutputLock(file, channel, lock);
            }
            lock.release();
            channel.close();
        }
        return null;
    }

    private static Object keyOrNull(Path file) throws IOException {
        try {
            return Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS).fileKey();
        } catch (NoSuchFileException e) {
            return null;
        }
    }

    /** Deletes the lock file while still holding the lock, then releases it. */
    @Override
    public void close() {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // a lock file that cannot be deleted is harmless: the next writer locks and removes it
        }
        try {
            lock.release();
            channel.close();
        } catch (IOException e) {
            // closing releases the lock in any case
        }
    }
}
