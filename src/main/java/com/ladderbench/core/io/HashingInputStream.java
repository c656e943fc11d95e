package com.ladderbench.core.io;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.security.MessageDigest;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

/**
 * Computes the SHA-256 of everything read through it on a second thread: a large data file is
 * hashed for the run info while the reader parses it, and on a machine with a core to spare the
 * hashing (about a fifth of reading a decade of minute bars) costs the reader only the copy of
 * each chunk.
 *
 * <p>The bytes travel to the hashing thread in at most {@value #CHUNKS} reused chunks of
 * {@value #CHUNK} bytes, so memory stays bounded and reading allocates nothing per read: a fresh
 * copy of each megabyte read was a "humongous" object to G1 (half a region or more at a 1 GB
 * heap), and the hundreds of them in a 350 MB file cost a second of collections.
 */
public final class HashingInputStream extends FilterInputStream {
    /** A quarter of the smallest G1 region (1 MiB), so never a humongous allocation. */
    static final int CHUNK = 1 << 18;
    private static final int CHUNKS = 8;
    private static final Chunk END = new Chunk(0);

    private final MessageDigest md = Checksums.newDigest();
    /** Filled chunks in read order, then {@link #END}; one more slot than chunks, so END always fits. */
    private final BlockingQueue<Chunk> filled = new ArrayBlockingQueue<>(CHUNKS + 1);
    /** Chunks the hashing thread is done with. */
    private final BlockingQueue<Chunk> free = new ArrayBlockingQueue<>(CHUNKS);
    private final Thread worker;
    /** The chunk being filled by the reader; null until the next byte. */
    private Chunk current;
    /** Chunks made so far: made on demand, so a small file costs one. */
    private int made;
    private boolean ended;

    /** A reusable piece of the input on its way to the hashing thread. */
    private static final class Chunk {
        final byte[] bytes;
        int length;

        Chunk(int size) {
            bytes = new byte[size];
        }
    }

    public HashingInputStream(InputStream in) {
        super(in);
        worker = new Thread(this::hashChunks, "ladderbench-sha256");
        worker.setDaemon(true);
        worker.start();
    }

    private void hashChunks() {
        try {
            for (Chunk c = filled.take(); c != END; c = filled.take()) {
                md.update(c.bytes, 0, c.length);
                c.length = 0;
                free.put(c);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) hash(new byte[] {(byte) b}, 0, 1);
        return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        int n = super.read(b, off, len);
        if (n > 0) hash(b, off, n);
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        // skipped bytes must be hashed too
        byte[] buf = new byte[(int) Math.min(n, 8192)];
        int r = read(buf, 0, buf.length);
        return Math.max(r, 0);
    }

    /** Copies the bytes into chunks, handing each full one to the hashing thread. */
    private void hash(byte[] b, int off, int n) throws IOException {
        while (n > 0) {
            if (current == null) current = freeChunk();
            int k = Math.min(n, CHUNK - current.length);
            System.arraycopy(b, off, current.bytes, current.length, k);
            current.length += k;
            off += k;
            n -= k;
            if (current.length == CHUNK) {
                send(current);
                current = null;
            }
        }
    }

    private Chunk freeChunk() throws IOException {
        Chunk c = free.poll();
        if (c != null) return c;
        if (made < CHUNKS) {
            made++;
            return new Chunk(CHUNK);
        }
        try {
            return free.take(); // the hashing thread is behind: wait for it
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while hashing");
        }
    }

    private void send(Chunk c) throws IOException {
        try {
            filled.put(c);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while hashing");
        }
    }

    /** The hex SHA-256 of every byte read so far; ends the hashing (call once, at the end). */
    public String finishHex() throws IOException {
        end();
        try {
            worker.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while hashing");
        }
        return Checksums.hex(md);
    }

    @Override
    public void close() throws IOException {
        try {
            super.close();
        } finally {
            end();
        }
    }

    private void end() throws IOException {
        if (ended) return;
        ended = true;
        if (current != null && current.length > 0) send(current);
        current = null;
        send(END);
    }
}
