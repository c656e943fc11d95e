package com.ladderbench.core.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.ByteArrayInputStream;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The second-thread hash is the SHA-256 of exactly the bytes read, however they were read. */
class HashingInputStreamTest {

    @Test
    void bytesReadOneAtATimeInChunksOrSkippedAreAllHashedInOrder() throws Exception {
        byte[] data = new byte[3_000_000];
        new Random(14).nextBytes(data);
        HashingInputStream in = new HashingInputStream(new ByteArrayInputStream(data));
        byte[] buf = new byte[70_001];
        Random r = new Random(1);
        int total = 0;
        while (total < data.length) {
            int kind = r.nextInt(3);
            if (kind == 0) {
                if (in.read() < 0) break;
                total++;
            } else if (kind == 1) {
                int n = in.read(buf, r.nextInt(10), 1 + r.nextInt(buf.length - 10));
                if (n < 0) break;
                total += n;
            } else {
                total += (int) in.skip(1 + r.nextInt(5000));
            }
        }
        assertEquals(data.length, total);
        assertEquals(Checksums.sha256(data), in.finishHex());
        in.close();
    }

    @Test
    void closingWithoutFinishingEndsTheHashingThread() throws Exception {
        HashingInputStream in = new HashingInputStream(new ByteArrayInputStream(new byte[100]));
        in.read(new byte[10]);
        in.close();
        for (int i = 0; i < 100 && Thread.getAllStackTraces().keySet().stream()
                .anyMatch(t -> t.getName().equals("ladderbench-sha256") && t.isAlive()); i++) {
            Thread.sleep(20);
        }
        assertFalse(Thread.getAllStackTraces().keySet().stream()
                .anyMatch(t -> t.getName().equals("ladderbench-sha256") && t.isAlive()), "no hashing thread is left");
    }

    @Test
    void oneReadLargerThanAllChunksTogetherIsHashedWhole() throws Exception {
        byte[] data = new byte[5 * 1024 * 1024 + 17]; // more than the chunks in flight hold (8 x 256 KiB)
        new Random(15).nextBytes(data);
        HashingInputStream in = new HashingInputStream(new ByteArrayInputStream(data));
        byte[] buf = new byte[data.length + 100];
        int n = in.readNBytes(buf, 0, buf.length);
        assertEquals(data.length, n);
        assertEquals(Checksums.sha256(data), in.finishHex());
        in.close();
    }

    @Test
    void anEmptyInputHashesAsNothing() throws Exception {
        HashingInputStream in = new HashingInputStream(new ByteArrayInputStream(new byte[0]));
        assertEquals(-1, in.read(new byte[10]));
        assertEquals(Checksums.sha256(new byte[0]), in.finishHex());
        in.close();
    }
}
