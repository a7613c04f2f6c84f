package io.github.camellalal.client.v0;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.github.camellalal.client.ClientTestSupport;
import io.github.camellalal.client.DownloadResult;
import io.github.camellalal.client.LalalClient;
import io.github.camellalal.client.SplitRequest;
import io.github.camellalal.client.Stem;
import io.github.camellalal.client.TaskState;
import io.github.camellalal.emulator.EmulatorLicense;
import io.github.camellalal.emulator.LalalEmulatorExtension;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** A track downloaded to disk gets the platform's default permissions and leaves no partial file behind. */
class DownloadToFileTest extends ClientTestSupport {

    @RegisterExtension
    static final LalalEmulatorExtension EMULATOR = LalalEmulatorExtension.builder()
            .license(EmulatorLicense.paid(KEY)).taskDuration(Duration.ofMillis(200)).build();

    @TempDir
    Path dir;

    @Test
    void theTrackGetsDefaultPermissions() throws Exception {
        LalalClient lalal = client(EMULATOR.baseUrl());
        String id = lalal.upload("song.wav", wav(2000)).id();
        lalal.split(SplitRequest.forFile(id).stem(Stem.DRUM).build());
        String url = await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(50))
                .until(() -> lalal.check(id), s -> s.taskState() == TaskState.SUCCESS).tracks().stemTrackUrl();

        DownloadResult result = lalal.download(url, dir);

        Path track = dir.resolve(result.fileName());
        assertThat(track).hasSize(result.bytes());
        Path plain = Files.createFile(dir.resolve("plain"));
        if (Files.getFileStore(dir).supportsFileAttributeView("posix")) {
            assertThat(Files.getPosixFilePermissions(track)).isEqualTo(Files.getPosixFilePermissions(plain));
        }
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder(result.fileName(),
                    "plain");
        }
    }
}
