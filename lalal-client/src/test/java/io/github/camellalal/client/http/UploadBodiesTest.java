package io.github.camellalal.client.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.camellalal.client.LalalValidationException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Supplier;
import org.apache.hc.core5.http.HttpEntity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/** Upload bodies are checked before any request (a file name, an existing file) and made anew for each attempt. */
class UploadBodiesTest {

    @TempDir
    Path dir;

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {" ", "\t"})
    void aMissingFileNameIsRefusedNamingTheOption(String name) throws IOException {
        Path file = Files.writeString(dir.resolve("a.mp3"), "x");
        for (Runnable call : new Runnable[] {() -> UploadBodies.file(file, name),
                () -> UploadBodies.stream(name, new ByteArrayInputStream(new byte[1]), 1),
                () -> UploadBodies.bytes(name, new byte[1])}) {
            assertThatThrownBy(call::run).isInstanceOfSatisfying(LalalValidationException.class, e -> {
                assertThat(e.option()).isEqualTo("fileName");
                assertThat(e.allowed()).isEqualTo("a non-blank file name, e.g. song.mp3");
            });
        }
    }

    @Test
    void aFileThatIsNoRegularFileIsRefused() {
        for (Path file : new Path[] {null, dir, dir.resolve("missing.mp3")}) {
            assertThatThrownBy(() -> UploadBodies.file(file, "song.mp3")).isInstanceOfSatisfying(
                    LalalValidationException.class, e -> {
                        assertThat(e.option()).isEqualTo("file");
                        assertThat(e.allowed()).isEqualTo("an existing, readable file");
                    });
        }
    }

    @Test
    void eachAttemptGetsItsOwnFileBody() throws IOException {
        Path file = Files.writeString(dir.resolve("a.mp3"), "abc");
        Supplier<HttpEntity> body = UploadBodies.file(file, "a.mp3");

        HttpEntity first = body.get();
        HttpEntity second = body.get();
        assertThat(first).isNotSameAs(second);
        assertThat(second.getContentLength()).isEqualTo(3);
        assertThat(second.getContent().readAllBytes()).containsExactly('a', 'b', 'c');
    }

    @Test
    void aFileGoneBeforeTheAttemptIsAValidationError() throws IOException {
        Path file = Files.writeString(dir.resolve("a.mp3"), "abc");
        Supplier<HttpEntity> body = UploadBodies.file(file, "a.mp3");
        Files.delete(file);

        assertThatThrownBy(body::get).isInstanceOfSatisfying(LalalValidationException.class,
                e -> assertThat(e.option()).isEqualTo("file"));
    }

    @Test
    void streamAndBytesBodiesCarryTheirContent() throws IOException {
        HttpEntity stream = UploadBodies.stream("a.mp3", new ByteArrayInputStream(new byte[] {1, 2, 3}), 3).get();
        assertThat(stream.getContentLength()).isEqualTo(3);
        assertThat(stream.getContent().readAllBytes()).containsExactly(1, 2, 3);

        HttpEntity bytes = UploadBodies.bytes("a.mp3", new byte[] {4, 5}).get();
        assertThat(bytes.getContentLength()).isEqualTo(2);
        assertThat(bytes.getContentType()).isEqualTo("application/octet-stream");
        assertThat(bytes.getContent().readAllBytes()).containsExactly(4, 5);
    }
}
