package io.github.camellalal.component.message;

import io.github.camellalal.client.LalalClient;
import io.github.camellalal.client.UploadResult;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackInputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.WrappedFile;

/** Uploads what a route carries as the body, streamed, under the name the headers or the file give. */
public final class UploadBody {

    private UploadBody() {
    }

    /**
     * Uploads the exchange's body.
     *
     * @param extraExtensions option extraExtensions: what the service's own list of extensions is widened by
     */
    public static UploadResult upload(LalalClient client, Exchange exchange, String extraExtensions) {
        Message in = exchange.getMessage();
        Object body = in.getBody();
        if (body instanceof WrappedFile<?> wrapped) {
            // file and ftp consumers: the file on disk when there is one, else what was fetched
            body = wrapped.getFile() instanceof File ? wrapped.getFile() : wrapped.getBody();
        }
        if (body == null) {
            throw new IllegalArgumentException("Nothing to upload: the message body is empty");
        }
        Named named = fileName(in, body);
        String name = named.name();
        AcceptedMedia.require(name, named.source(), extraExtensions);
        if (body instanceof File f) {
            requireContent(f.toPath(), name);
            return client.upload(f.toPath(), name);
        }
        if (body instanceof Path p) {
            requireContent(p, name);
            return client.upload(p, name);
        }
        if (body instanceof byte[] bytes) {
            if (bytes.length == 0) {
                throw empty(name);
            }
            return client.upload(name, bytes);
        }
        InputStream stream = body instanceof InputStream is ? is
                : exchange.getContext().getTypeConverter().tryConvertTo(InputStream.class, exchange, body);
        if (stream == null || body instanceof String) {
            throw new IllegalArgumentException("Cannot upload a body of type " + body.getClass().getName()
                    + ": send a File, Path, InputStream, byte[] or a file/ftp consumer's file");
        }
        // The length of a stream is not trusted from headers: it is sent chunked. Its first byte is read ahead so
        // that an empty stream is refused before the request.
        PushbackInputStream ahead = new PushbackInputStream(stream, 1);
        try {
            int first = ahead.read();
            if (first < 0) {
                throw empty(name);
            }
            ahead.unread(first);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the body to upload as " + name, e);
        }
        return client.upload(name, ahead, -1);
    }

    private static void requireContent(Path file, String name) {
        try {
            if (Files.isRegularFile(file) && Files.size(file) == 0) {
                throw empty(name);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the file to upload as " + name, e);
        }
    }

    private static IllegalArgumentException empty(String name) {
        return new IllegalArgumentException("Nothing to upload: the body for " + name + " is empty (0 bytes)");
    }

    /** The name to upload under, and where it came from (a header the user or a consumer set, or the file). */
    private record Named(String name, String source) {
    }

    private static Named fileName(Message in, Object body) {
        String name = in.getHeader(HeaderNames.FILE_NAME, String.class);
        String source = "header " + HeaderNames.FILE_NAME;
        if (isBlank(name)) {
            name = in.getHeader(Exchange.FILE_NAME, String.class);
            source = "header " + Exchange.FILE_NAME;
        }
        if (isBlank(name) && body instanceof File f) {
            name = f.getName();
            source = "the body's file";
        }
        if (isBlank(name) && body instanceof Path p && p.getFileName() != null) {
            name = p.getFileName().toString();
            source = "the body's file";
        }
        if (isBlank(name)) {
            throw new IllegalArgumentException("No file name for the upload: set header " + HeaderNames.FILE_NAME
                    + " (or " + Exchange.FILE_NAME + "), e.g. song.mp3; the service needs it");
        }
        int slash = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
        return new Named(slash >= 0 ? name.substring(slash + 1) : name, source);
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }
}
