package com.ladderbench.core.io;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

/**
 * Computes the SHA-256 of everything read through it on a second thread: a large data file is
 * hashed for the run info while the reader parses it, and on a machine with a core to spare the
 * hashing (about a fifth of reading a decade of minute bars) costs the reader only the copy of
 * each chunk. At most {@value #QUEUED} chunks wait, so memory stays bounded.
 */
public final class HashingInputStream extends FilterInputStream {
    private static final int QUEUED = 8;
    private static final byte[] END = new byte[0];

    private final MessageDigest md = Checksums.newDigest();
    private final BlockingQueue<byte[]> chunks = new ArrayBlockingQueue<>(QUEUED);
    private final Thread worker;
    private boolean ended;

    public HashingInputStream(InputStream in) {
        super(in);
        worker = new Thread(this::hashChunks, "ladderbench-sha256");
        worker.setDaemon(true);
        worker.start();
    }

    private void hashChunks() {
        try {
            for (byte[] c = chunks.take(); c != END; c = chunks.take()) md.update(c);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) hash(new byte[] {(byte) b});
        return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        int n = super.read(b, off, len);
        if (n > 0) hash(Arrays.copyOfRange(b, off, off + n));
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        // skipped bytes must be hashed too
        byte[] buf = new byte[(int) Math.min(n, 8192)];
        int r = read(buf, 0, buf.length);
        return Math.max(r, 0);
    }

    private void hash(byte[] chunk) throws IOException {
        try {
            chunks.put(chunk);
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
        hash(END);
    }
}
