package io.github.camellalal.client.http;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.io.entity.AbstractHttpEntity;

/**
 * An upload body written in 256 KiB pieces. HttpClient's {@code FileEntity} and {@code InputStreamEntity} write
 * 4 KiB at a time, which costs a system call (or a copy into the session buffer) per 4 KiB and halves the rate on
 * loopback; pieces larger than the session buffer go to the socket directly, and in chunked mode become one chunk
 * each. A file on a plain connection goes from the file to the socket in the kernel ({@link FileSendingOutputStream}).
 */
final class UploadEntity extends AbstractHttpEntity {

    static final int BUFFER = 256 * 1024;

    private final Path file;
    private final InputStream stream;
    private final long length;

    private UploadEntity(Path file, InputStream stream, long length) {
        super(ContentType.APPLICATION_OCTET_STREAM, null, length < 0);
        this.file = file;
        this.stream = stream;
        this.length = length;
    }

    /** A file, sent with its length; repeatable. */
    static UploadEntity of(Path file) throws IOException {
        return new UploadEntity(file, null, Files.size(file));
    }

    /** A stream of {@code length} bytes, or of unknown length (-1: sent chunked); read once, not closed. */
    static UploadEntity of(InputStream stream, long length) {
        return new UploadEntity(null, stream, length);
    }

    @Override
    public InputStream getContent() throws IOException {
        return file != null ? Files.newInputStream(file) : stream;
    }

    @Override
    public void writeTo(OutputStream out) throws IOException {
        if (file != null && out instanceof FileSendingOutputStream direct) {
            try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
                direct.send(channel, 0, length);
            }
        } else if (file != null) {
            try (InputStream in = Files.newInputStream(file)) {
                copy(in, out, length);
            }
        } else {
            copy(stream, out, length);
        }
    }

    private static void copy(InputStream in, OutputStream out, long length) throws IOException {
        byte[] buffer = new byte[BUFFER];
        long left = length < 0 ? Long.MAX_VALUE : length;
        while (left > 0) {
            int n = in.readNBytes(buffer, 0, (int) Math.min(buffer.length, left));
            if (n <= 0) {
                break;
            }
            out.write(buffer, 0, n);
            left -= n;
        }
    }

    @Override
    public long getContentLength() {
        return length;
    }

    @Override
    public boolean isRepeatable() {
        return file != null;
    }

    @Override
    public boolean isStreaming() {
        return file == null;
    }

    @Override
    public void close() {
        // the stream is the caller's, and the file is opened per write
    }
}
