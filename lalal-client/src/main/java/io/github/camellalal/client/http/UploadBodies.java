package io.github.camellalal.client.http;

import io.github.camellalal.client.LalalValidationException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Supplier;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.HttpEntity;
import org.apache.hc.core5.http.io.entity.ByteArrayEntity;

/** Upload bodies of every adapter, checked before any request; each attempt of a call gets its own entity. */
public final class UploadBodies {

    private UploadBodies() {
    }

    public static Supplier<HttpEntity> file(Path file, String fileName) {
        requireName(fileName);
        if (file == null || !Files.isRegularFile(file)) {
            throw new LalalValidationException("file", file, "an existing, readable file");
        }
        return () -> {
            try {
                return UploadEntity.of(file);
            } catch (IOException e) {
                throw new LalalValidationException("file", file, "an existing, readable file");
            }
        };
    }

    public static Supplier<HttpEntity> stream(String fileName, InputStream stream, long length) {
        requireName(fileName);
        return () -> UploadEntity.of(stream, length);
    }

    public static Supplier<HttpEntity> bytes(String fileName, byte[] content) {
        requireName(fileName);
        return () -> new ByteArrayEntity(content, ContentType.APPLICATION_OCTET_STREAM);
    }

    static void requireName(String fileName) {
        if (fileName == null || fileName.isBlank()) {
            throw new LalalValidationException("fileName", fileName, "a non-blank file name, e.g. song.mp3");
        }
    }
}
