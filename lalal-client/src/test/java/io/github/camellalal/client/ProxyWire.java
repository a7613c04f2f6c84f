package io.github.camellalal.client;

import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * HTTP/1.1 framing for {@link AuthenticatingProxy}: message heads read and written as text, bodies relayed as they
 * arrive (by length, chunk by chunk, or until the peer closes) in 64 KiB pieces, never held whole.
 */
final class ProxyWire {

    private static final int MAX_HEAD = 64 * 1024;
    private static final int PIECE = 64 * 1024;

    private ProxyWire() {
    }

    /** The head of a message: its first line and its header lines, in order and spelling as received. */
    record Head(String startLine, List<String[]> headers) {

        /** The first value of a header, or {@code null}. */
        String header(String name) {
            for (String[] h : headers) {
                if (h[0].equalsIgnoreCase(name)) {
                    return h[1];
                }
            }
            return null;
        }

        boolean hasToken(String name, String token) {
            String value = header(name);
            return value != null && value.toLowerCase(Locale.ROOT).contains(token);
        }

        boolean chunked() {
            return hasToken("Transfer-Encoding", "chunked");
        }

        /** The declared body length; -1 when none is declared. */
        long contentLength() {
            String value = header("Content-Length");
            return value == null ? -1 : Long.parseLong(value.trim());
        }

        /** This head with another first line and without the named headers. */
        Head with(String newStartLine, String... dropped) {
            List<String[]> kept = new ArrayList<>();
            for (String[] h : headers) {
                if (List.of(dropped).stream().noneMatch(h[0]::equalsIgnoreCase)) {
                    kept.add(h);
                }
            }
            return new Head(newStartLine, kept);
        }

        void writeTo(OutputStream out) throws IOException {
            StringBuilder sb = new StringBuilder(startLine).append("\r\n");
            for (String[] h : headers) {
                sb.append(h[0]).append(": ").append(h[1]).append("\r\n");
            }
            out.write(sb.append("\r\n").toString().getBytes(StandardCharsets.ISO_8859_1));
        }
    }

    /** Reads a head; {@code null} when the peer closed before sending any byte of one. */
    static Head readHead(InputStream in) throws IOException {
        String first = readLine(in);
        if (first == null) {
            return null;
        }
        List<String[]> headers = new ArrayList<>();
        int size = first.length();
        for (String line = readLine(in); line != null && !line.isEmpty(); line = readLine(in)) {
            size += line.length();
            if (size > MAX_HEAD) {
                throw new IOException("message head larger than " + MAX_HEAD + " bytes");
            }
            int colon = line.indexOf(':');
            if (colon > 0) {
                headers.add(new String[] {line.substring(0, colon).trim(), line.substring(colon + 1).trim()});
            }
        }
        return new Head(first, headers);
    }

    /** A line without its CRLF; {@code null} at the end of the stream before any byte. */
    static String readLine(InputStream in) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        int b;
        while ((b = in.read()) != -1) {
            if (b == '\n') {
                byte[] bytes = line.toByteArray();
                int n = bytes.length > 0 && bytes[bytes.length - 1] == '\r' ? bytes.length - 1 : bytes.length;
                return new String(bytes, 0, n, StandardCharsets.ISO_8859_1);
            }
            if (line.size() > MAX_HEAD) {
                throw new IOException("line longer than " + MAX_HEAD + " bytes");
            }
            line.write(b);
        }
        if (line.size() > 0) {
            throw new EOFException("stream ended within a line");
        }
        return null;
    }

    /**
     * Relays the body a head announces (chunked, or {@code Content-Length}); {@code untilClose} relays everything
     * up to the end of the stream when neither is given (a response without framing). {@code out} may be null to
     * discard the body. Returns false when the body ran until the peer closed.
     */
    static boolean relayBody(Head head, InputStream in, OutputStream out, boolean untilClose) throws IOException {
        if (head.chunked()) {
            relayChunks(in, out);
            return true;
        }
        long length = head.contentLength();
        if (length >= 0) {
            copy(in, out, length);
            return true;
        }
        if (untilClose) {
            copy(in, out, Long.MAX_VALUE);
            return false;
        }
        return true;
    }

    private static void relayChunks(InputStream in, OutputStream out) throws IOException {
        for (;;) {
            String sizeLine = readLine(in);
            if (sizeLine == null) {
                throw new EOFException("stream ended before the last chunk");
            }
            write(out, sizeLine + "\r\n");
            int semicolon = sizeLine.indexOf(';');
            long size = Long.parseLong((semicolon < 0 ? sizeLine : sizeLine.substring(0, semicolon)).trim(), 16);
            if (size == 0) {
                // trailers up to the empty line that ends the body
                for (String line = readLine(in); line != null; line = readLine(in)) {
                    write(out, line + "\r\n");
                    if (line.isEmpty()) {
                        break;
                    }
                }
                flush(out);
                return;
            }
            copy(in, out, size);
            String end = readLine(in);
            if (end == null || !end.isEmpty()) {
                throw new IOException("chunk not followed by CRLF");
            }
            write(out, "\r\n");
        }
    }

    /** Copies {@code length} bytes (or all, for {@code Long.MAX_VALUE}) as they arrive. */
    static void copy(InputStream in, OutputStream out, long length) throws IOException {
        byte[] buffer = new byte[PIECE];
        long left = length;
        while (left > 0) {
            int n = in.read(buffer, 0, (int) Math.min(buffer.length, left));
            if (n < 0) {
                if (length == Long.MAX_VALUE) {
                    break;
                }
                throw new EOFException("stream ended " + left + " bytes before the end of the body");
            }
            if (out != null) {
                out.write(buffer, 0, n);
                out.flush();
            }
            left -= n;
        }
    }

    private static void write(OutputStream out, String text) throws IOException {
        if (out != null) {
            out.write(text.getBytes(StandardCharsets.ISO_8859_1));
        }
    }

    private static void flush(OutputStream out) throws IOException {
        if (out != null) {
            out.flush();
        }
    }
}
