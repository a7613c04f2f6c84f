package io.github.camellalal.client.v0;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.concurrent.atomic.AtomicLong;

/** An upload body that, like a caller's stream, cannot be read twice, and that counts the bytes read from it. */
final class CountingStream extends InputStream {
    private final InputStream in;
    private final AtomicLong read = new AtomicLong();

    CountingStream(byte[] bytes) {
        this.in = new ByteArrayInputStream(bytes);
    }

    long bytesRead() {
        return read.get();
    }

    @Override
    public int read() throws IOException {
        int b = in.read();
        if (b >= 0) {
            read.incrementAndGet();
        }
        return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        int n = in.read(b, off, len);
        if (n > 0) {
            read.addAndGet(n);
        }
        return n;
    }
}
