package io.github.camellalal.client.http;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.channels.SocketChannel;
import org.apache.hc.core5.http.impl.io.ContentLengthOutputStream;
import org.apache.hc.core5.http.io.SessionOutputBuffer;

/**
 * A request body of known length on a plain (not TLS) connection whose socket has a channel: besides the usual
 * writes, it can send a file region straight from the file to the socket ({@code FileChannel.transferTo}, zero copy
 * in the kernel), after flushing what the session buffer holds (the request head).
 */
final class FileSendingOutputStream extends ContentLengthOutputStream {

    private final SessionOutputBuffer buffer;
    private final OutputStream socketStream;
    private final SocketChannel socket;

    FileSendingOutputStream(SessionOutputBuffer buffer, OutputStream socketStream, long length, SocketChannel socket) {
        super(buffer, socketStream, length);
        this.buffer = buffer;
        this.socketStream = socketStream;
        this.socket = socket;
    }

    /** Sends {@code count} bytes of {@code file} from {@code position}. */
    void send(FileChannel file, long position, long count) throws IOException {
        buffer.flush(socketStream);
        long sent = 0;
        while (sent < count) {
            long n = file.transferTo(position + sent, count - sent, socket);
            if (n <= 0 && file.size() <= position + sent) {
                throw new IOException("The file to upload ended after " + sent + " of " + count + " bytes");
            }
            sent += n;
        }
    }
}
