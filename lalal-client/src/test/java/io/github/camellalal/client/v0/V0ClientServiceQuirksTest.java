package io.github.camellalal.client.v0;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.github.camellalal.client.ClientTestSupport;
import io.github.camellalal.client.DownloadResult;
import io.github.camellalal.client.FileStatus;
import io.github.camellalal.client.LalalClient;
import io.github.camellalal.client.SplitRequest;
import io.github.camellalal.emulator.ArchiveEntry;
import io.github.camellalal.emulator.DownloadNaming;
import io.github.camellalal.emulator.EmulatorLicense;
import io.github.camellalal.emulator.Endpoint;
import io.github.camellalal.emulator.LalalEmulator;
import io.github.camellalal.emulator.RecordedRequest;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The client against what the service may send beyond the contract's examples (the emulator's switches). */
class V0ClientServiceQuirksTest extends ClientTestSupport {

    private static final byte[] WAV = wav(800);

    @TempDir
    Path dir;

    private static LalalEmulator start(UnaryOperator<LalalEmulator.Builder> quirks) {
        return quirks.apply(LalalEmulator.builder().license(EmulatorLicense.paid(KEY))
                .taskDuration(Duration.ofMillis(100))).build().start();
    }

    private static FileStatus finished(LalalClient c, String name) {
        String id = c.upload(name, WAV).id();
        c.split(SplitRequest.forFile(id).build());
        return await().atMost(Duration.ofSeconds(5)).pollInterval(Duration.ofMillis(50))
                .until(() -> c.check(id), s -> s.taskState() != null && s.taskState().isTerminal());
    }

    @Test
    void unknownFieldsAndAnArchiveObjectAreIgnoredAndNeverTakenForAFile() {
        try (LalalEmulator emu = start(b -> b.unknownFields(true).archiveEntry(ArchiveEntry.OBJECT)
                .uploadSizeAndExpiry(true))) {
            LalalClient c = client(emu.baseUrl());
            FileStatus done = finished(c, "extra.wav");

            Map<String, FileStatus> statuses = c.check(List.of(done.id()));

            assertThat(statuses).containsOnlyKeys(done.id());
            assertThat(done.split().stemTrackSize()).isEqualTo(WAV.length);
            assertThat(c.limits().plan()).isEqualTo("Plus");
        }
    }

    @Test
    void aRedirectToTheDownloadHostIsFollowedWithoutTheLicenseOnEitherHop() throws Exception {
        try (LalalEmulator emu = start(b -> b.redirectMedia(true).separateDownloadHost(true))) {
            LalalClient c = client(emu.baseUrl());
            FileStatus done = finished(c, "moved.wav");
            ByteArrayOutputStream stem = new ByteArrayOutputStream();

            DownloadResult r = c.download(done.split().stemTrackUrl(), stem);

            assertThat(stem.toByteArray()).hasSize(WAV.length);
            assertThat(r.fileName()).isEqualTo("moved_vocals_split_by_lalalai.wav");
            List<RecordedRequest> hops = emu.requestLog().of(Endpoint.DOWNLOAD);
            assertThat(hops).hasSize(2).allSatisfy(h -> assertThat(h.header("authorization")).isNull());
            assertThat(hops.get(1).header("host")).isEqualTo(emu.downloadBaseUrl().substring("http://".length()));
        }
    }

    @Test
    void hostilePlainAndMissingNamesSaveInsideTheTargetDirectory() throws Exception {
        Map<DownloadNaming, String> expected = Map.of(DownloadNaming.HOSTILE, "h_vocals_split_by_lalalai.wav",
                DownloadNaming.PLAIN, "h_vocals_split_by_lalalai.wav",
                DownloadNaming.NONE, "h_vocals_split_by_lalalai.wav");
        for (DownloadNaming naming : expected.keySet()) {
            try (LalalEmulator emu = start(b -> b.downloadNaming(naming))) {
                LalalClient c = client(emu.baseUrl());
                Path target = Files.createDirectories(dir.resolve(naming.name()).resolve("a").resolve("b"));

                DownloadResult r = c.download(finished(c, "h.wav").split().stemTrackUrl(), target);

                assertThat(r.fileName()).as(naming.name()).isEqualTo(expected.get(naming));
                assertThat(target.resolve(r.fileName())).hasSize(WAV.length);
                try (var files = Files.walk(dir.resolve(naming.name()))) {
                    assertThat(files.filter(Files::isRegularFile).toList()).as(naming.name())
                            .containsExactly(target.resolve(expected.get(naming)));
                }
            }
        }
    }

    @Test
    void aPlainNonAsciiNameSentAsRawUtf8IsReadAsUtf8() throws Exception {
        try (LalalEmulator emu = start(b -> b.downloadNaming(DownloadNaming.PLAIN))) {
            LalalClient c = client(emu.baseUrl());

            DownloadResult r = c.download(finished(c, "Über – 歌.wav").split().backTrackUrl(), dir);

            assertThat(r.fileName()).isEqualTo("Über – 歌_no_vocals_split_by_lalalai.wav");
            assertThat(dir.resolve(r.fileName())).hasSize(WAV.length);
        }
    }

    @Test
    void aSplitWithAPreviewBesideItDownloadsTheFullSplit() {
        try (LalalEmulator emu = start(b -> b.previewWithSplit(true))) {
            LalalClient c = client(emu.baseUrl());
            FileStatus done = finished(c, "both.wav");

            assertThat(done.preview()).isNotNull();
            assertThat(done.tracks()).isSameAs(done.split());
            assertThat(done.tracks().stemTrackUrl()).doesNotContain("_preview_");
        }
    }
}
