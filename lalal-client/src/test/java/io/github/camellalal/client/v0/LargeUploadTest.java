package io.github.camellalal.client.v0;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.camellalal.emulator.EmulatorLicense;
import io.github.camellalal.emulator.Endpoint;
import io.github.camellalal.emulator.LalalEmulatorExtension;
import io.github.camellalal.emulator.RecordedRequest;
import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Memory does not grow with file size: a 1 GiB stream uploads from a JVM with a 64 MiB heap. */
class LargeUploadTest {

    @RegisterExtension
    static final LalalEmulatorExtension EMULATOR = LalalEmulatorExtension.builder()
            .license(EmulatorLicense.paid("large-key")).uploadSizeAndExpiry(true).build();

    @Test
    void oneGibibyteStreamUploadsWithSixtyFourMebibytesOfHeap() throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder pb = new ProcessBuilder(java, "-Xmx64m", "-cp", System.getProperty("java.class.path"),
                LargeUploadMain.class.getName(), EMULATOR.baseUrl(), "large-key", String.valueOf(LargeUploadMain.GIB))
                .redirectErrorStream(true)
                .redirectOutput(File.createTempFile("large-upload", ".log"));
        long started = System.nanoTime();
        Process p = pb.start();
        boolean finished = p.waitFor(3, TimeUnit.MINUTES);
        if (!finished) {
            p.destroyForcibly();
        }
        long seconds = TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - started);
        System.out.println("1 GiB chunked upload from a -Xmx64m JVM took " + seconds + " s");

        assertThat(finished).as("child JVM finished within 3 minutes").isTrue();
        assertThat(p.exitValue()).as("child JVM exit code").isZero();
        List<RecordedRequest> uploads = EMULATOR.requestLog().of(Endpoint.UPLOAD);
        assertThat(uploads).singleElement().satisfies(r -> {
            assertThat(r.bodyBytes()).isEqualTo(LargeUploadMain.GIB);
            assertThat(r.header("transfer-encoding")).isEqualToIgnoringCase("chunked");
        });
    }
}
