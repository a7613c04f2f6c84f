package io.github.camellalal.client.v0;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * A temporary directory for certificates made when a test class loads (before JUnit's {@code @TempDir} exists),
 * removed when the JVM exits.
 */
final class TrustFiles {

    private TrustFiles() {
    }

    static Path directory() {
        try {
            Path dir = Files.createTempDirectory("lalal-test-tls-");
            Runtime.getRuntime().addShutdownHook(new Thread(() -> delete(dir), "lalal-test-tls-cleanup"));
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void delete(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a temporary directory: the system cleans it up at the latest
        }
    }
}
