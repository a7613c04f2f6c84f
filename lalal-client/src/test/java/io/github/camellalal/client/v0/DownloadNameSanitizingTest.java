package io.github.camellalal.client.v0;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.camellalal.client.DownloadResult;
import io.github.camellalal.client.LalalClientConfig;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The README's claim that a download is "named as the service names it" never lets a server-given name leave the
 * target directory: directory parts of a hostile Content-Disposition are dropped.
 */
class DownloadNameSanitizingTest {

    @TempDir
    Path dir;

    static Stream<Arguments> hostileNames() {
        return Stream.of(
                Arguments.of("attachment; filename=\"../../evil.wav\"", "evil.wav"),
                Arguments.of("attachment; filename=\"..\\..\\evil.wav\"", "evil.wav"),
                Arguments.of("attachment; filename*=UTF-8''..%2F..%2Fevil.wav", "evil.wav"),
                Arguments.of("attachment; filename=\"sub/dir/stem.wav\"", "stem.wav"),
                Arguments.of("attachment; filename=\"..\"", "track"),
                Arguments.of("attachment; filename=\"plain stem.wav\"", "plain stem.wav"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hostileNames")
    void aServerGivenNameKeepsOnlyItsLastSegment(String disposition, String expected) throws Exception {
        Path target = Files.createDirectories(dir.resolve("a").resolve("b"));
        try (LoopbackServer cdn = LoopbackServer.answering(200, Map.of("Content-Disposition", disposition,
                "Content-Type", "audio/wav"), "RIFF-bytes");
             V0LalalClient client = new V0LalalClient(LalalClientConfig.builder().baseUrl(cdn.url("")).build())) {

            DownloadResult result = client.download(cdn.url("/media/x/track.wav"), target);

            assertThat(result.fileName()).isEqualTo(expected);
            assertThat(target.resolve(expected)).hasContent("RIFF-bytes");
            try (Stream<Path> all = Files.walk(dir)) {
                assertThat(all.filter(Files::isRegularFile)).containsExactly(target.resolve(expected));
            }
        }
    }
}
