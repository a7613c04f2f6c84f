package io.github.camellalal.component;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.github.camellalal.client.FileStatus;
import io.github.camellalal.client.LalalTransportException;
import io.github.camellalal.client.Track;
import io.github.camellalal.component.spool.TrackSpool;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.StreamCache;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.apache.camel.converter.IOConverter;
import org.apache.camel.converter.stream.StreamCacheConverter;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Track bodies behave like Camel's own stream caches: spooled above the threshold (here 16 KiB), in memory below,
 * readable again, readable by a ProducerTemplate caller after the exchange completed, copied by the file producer
 * with default permissions, and their files gone when the exchange completes.
 */
class TrackBodyTest extends LalalTestSupport {

    private static final byte[] WAV = TestWav.stereo(50_000); // 200 KB: above 16 KiB, below 1 MiB

    @TempDir
    static Path spool;
    @TempDir
    Path dir;
    private String fileId;

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext context = super.createCamelContext();
        LalalComponent lalal = context.getComponent("lalal", LalalComponent.class);
        lalal.setStreamCacheThreshold(16 * 1024);
        lalal.setSpoolDirectory(spool.toString());
        // the same service with the default threshold: these tracks stay in memory
        context.addComponent("lalalmem", newComponent());
        return context;
    }

    @Override
    protected void addRoutes(RouteBuilder routes) {
        routes.from("direct:multicast").to("lalal:download")
                .multicast().to("file:" + dir.resolve("a"), "file:" + dir.resolve("b")).end()
                .process(e -> assertThat(spoolFiles()).as("spool while the exchange runs").hasSize(1));
        routes.from("direct:both").to("lalal:download?track=both").split(routes.body()).to("mock:track")
                .to("file:" + dir.resolve("both"));
        routes.from("direct:twice").to("lalal:download")
                .process(e -> e.getMessage().setHeader("first", e.getMessage().getBody(byte[].class)))
                .process(e -> e.getMessage().setHeader("second", e.getMessage().getBody(byte[].class)))
                .to("mock:twice");
        routes.from("direct:fail").to("lalal:download").throwException(new IllegalStateException("route failed"));
    }

    @BeforeEach
    void separatedFile() {
        fileId = uploadAndSplit("song.wav", WAV);
        await().atMost(Duration.ofSeconds(15)).pollInterval(Duration.ofMillis(100))
                .until(() -> template.requestBodyAndHeader("lalal:check", null, LalalConstants.FILE_ID, fileId,
                        FileStatus.class).taskState() == io.github.camellalal.client.TaskState.SUCCESS);
    }

    private byte[] inMemoryStem() {
        return template.requestBodyAndHeader("lalalmem:download", null, LalalConstants.FILE_ID, fileId,
                byte[].class);
    }

    static List<Path> spoolFiles() throws Exception {
        try (Stream<Path> files = Files.list(spool)) {
            return files.toList();
        }
    }

    @Test
    void aCallerReadsASpooledTrackAfterTheExchangeCompleted() throws Exception {
        Exchange done = template.request("lalal:download", e -> e.getMessage().setHeader(LalalConstants.FILE_ID,
                fileId));

        assertThat(done.getException()).isNull();
        Object body = done.getMessage().getBody();
        assertThat(body).isInstanceOf(StreamCache.class);
        assertThat(((StreamCache) body).inMemory()).isFalse();
        assertThat(spoolFiles()).as("the file's name goes when the exchange completes, as Camel's").isEmpty();
        byte[] expected = inMemoryStem();
        assertThat(expected).hasSameSizeAs(WAV);
        assertThat(done.getMessage().getBody(byte[].class)).isEqualTo(expected);
        assertThat(done.getMessage().getHeader(LalalConstants.SIZE)).isEqualTo((long) expected.length);
        assertThat(done.getMessage().getHeader(Exchange.FILE_NAME)).isEqualTo("song_vocals_split_by_lalalai.wav");
        assertThat(done.getMessage().getHeader(LalalConstants.TRACK_LABEL)).isEqualTo("vocals");
        assertThat(component().trackSpool().liveFiles()).as("freed when the conversion closed it").isZero();
    }

    /**
     * Which of Camel's converters turns the body into {@code byte[]} varies between JVM runs (the one for StreamCache,
     * which does not close, or the one for InputStream, which does): either frees the file.
     */
    @Test
    void eitherOfCamelsByteArrayConvertersFreesTheFileForTheCaller() throws Exception {
        byte[] expected = inMemoryStem();
        Exchange viaCache = template.request("lalal:download", e -> e.getMessage().setHeader(LalalConstants.FILE_ID,
                fileId));
        assertThat(component().trackSpool().liveFiles()).as("held for the caller").isOne();
        assertThat(StreamCacheConverter.convertToByteArray((StreamCache) viaCache.getMessage().getBody(), viaCache))
                .isEqualTo(expected);
        assertThat(component().trackSpool().liveFiles()).isZero();

        Exchange viaStream = template.request("lalal:download", e -> e.getMessage().setHeader(
                LalalConstants.FILE_ID, fileId));
        assertThat(component().trackSpool().liveFiles()).as("held for the caller").isOne();
        assertThat(IOConverter.toBytes((java.io.InputStream) viaStream.getMessage().getBody())).isEqualTo(expected);
        assertThat(component().trackSpool().liveFiles()).isZero();
    }

    @Test
    void requestBodyConvertsTheTrackForTheCaller() {
        byte[] bytes = template.requestBodyAndHeader("lalal:download", null, LalalConstants.FILE_ID, fileId,
                byte[].class);

        assertThat(bytes).isEqualTo(inMemoryStem());
    }

    @Test
    void aShortTrackStaysInMemory() throws Exception {
        Exchange done = template.request("lalalmem:download", e -> e.getMessage().setHeader(LalalConstants.FILE_ID,
                fileId));

        assertThat(done.getMessage().getBody()).isInstanceOfSatisfying(StreamCache.class,
                c -> assertThat(c.inMemory()).isTrue());
        assertThat(done.getMessage().getBody(byte[].class)).hasSameSizeAs(WAV);
        assertThat(spoolFiles()).isEmpty();
    }

    @Test
    void oneTrackMulticastsToTwoFilesWithDefaultPermissions() throws Exception {
        template.sendBodyAndHeader("direct:multicast", null, LalalConstants.FILE_ID, fileId);

        byte[] expected = inMemoryStem();
        Path a = dir.resolve("a/song_vocals_split_by_lalalai.wav");
        Path b = dir.resolve("b/song_vocals_split_by_lalalai.wav");
        assertThat(Files.readAllBytes(a)).isEqualTo(expected);
        assertThat(Files.readAllBytes(b)).isEqualTo(expected);
        Path plain = Files.createFile(dir.resolve("plain"));
        if (Files.getFileStore(dir).supportsFileAttributeView("posix")) {
            Set<PosixFilePermission> platform = Files.getPosixFilePermissions(plain);
            assertThat(Files.getPosixFilePermissions(a)).isEqualTo(platform);
            assertThat(Files.getPosixFilePermissions(b)).isEqualTo(platform);
        }
        assertThat(spoolFiles()).isEmpty();
        assertThat(component().trackSpool().liveFiles()).as("nobody holds the body after the route").isZero();
    }

    @Test
    void eachMessageOfBothIsASpooledStreamCache() throws Exception {
        MockEndpoint tracks = getMockEndpoint("mock:track");
        tracks.expectedMessageCount(2);

        template.sendBodyAndHeader("direct:both", null, LalalConstants.FILE_ID, fileId);

        tracks.assertIsSatisfied();
        List<Message> messages = tracks.getReceivedExchanges().stream().map(Exchange::getMessage).toList();
        assertThat(messages).extracting(m -> m.getHeader(LalalConstants.TRACK)).containsExactly("stem", "back");
        assertThat(messages).extracting(m -> m.getHeader(LalalConstants.TRACK_LABEL))
                .containsExactly("vocals", "no_vocals");
        assertThat(messages).extracting(m -> m.getHeader(Exchange.FILE_NAME)).containsExactly(
                "song_vocals_split_by_lalalai.wav", "song_no_vocals_split_by_lalalai.wav");
        assertThat(messages).allSatisfy(m -> {
            assertThat(m.getBody()).isInstanceOf(StreamCache.class);
            assertThat(m.getHeader(LalalConstants.SIZE)).isEqualTo((long) WAV.length);
        });
        assertThat(dir.resolve("both/song_no_vocals_split_by_lalalai.wav")).hasSize(WAV.length);
        assertThat(spoolFiles()).isEmpty();
    }

    @Test
    void aTrackIsReadAgainByTheNextProcessor() throws Exception {
        MockEndpoint twice = getMockEndpoint("mock:twice");
        twice.expectedMessageCount(1);

        template.sendBodyAndHeader("direct:twice", null, LalalConstants.FILE_ID, fileId);

        twice.assertIsSatisfied();
        Message m = twice.getReceivedExchanges().get(0).getMessage();
        byte[] expected = inMemoryStem();
        assertThat(m.getHeader("first", byte[].class)).isEqualTo(expected);
        assertThat(m.getHeader("second", byte[].class)).isEqualTo(expected);
        assertThat(component().trackSpool().liveFiles()).as("a one-way exchange frees it when done").isZero();
    }

    @Test
    void aFailedExchangeLeavesNoFileAndStoppingFreesWhatCallersStillHold() throws Exception {
        Exchange failed = template.request("direct:fail", e -> e.getMessage().setHeader(LalalConstants.FILE_ID,
                fileId));

        assertThat(failed.getException()).hasMessage("route failed");
        assertThat(spoolFiles()).isEmpty();
        TrackSpool trackSpool = component().trackSpool();
        assertThat(trackSpool.liveFiles()).as("the failed exchange's body still holds it").isOne();
        context.stop();
        assertThat(trackSpool.liveFiles()).isZero();
    }

    @Test
    void aTrackOfAnotherLengthThanTheServiceGaveIsNotDelivered() throws Exception {
        FileStatus status = template.requestBodyAndHeader("lalal:check", null, LalalConstants.FILE_ID, fileId,
                FileStatus.class);
        Track stem = status.allTracks().get(0);
        long real = inMemoryStem().length;
        Track claimed = new Track(stem.type(), stem.label(), stem.url(), real + 1);

        Exchange failed = template.request("lalal:download?track=all",
                e -> e.getMessage().setHeader(LalalConstants.TRACKS, List.of(claimed)));

        assertThat(failed.getException()).isInstanceOf(LalalTransportException.class)
                .hasMessageContaining(real + " bytes arrived, the service's answer gave the track's size as "
                        + (real + 1) + " bytes");
        assertThat(spoolFiles()).isEmpty();
        assertThat(component().trackSpool().liveFiles()).isZero();
        Exchange right = template.request("lalal:download?track=all", e -> e.getMessage().setHeader(
                LalalConstants.TRACKS, List.of(new Track(stem.type(), stem.label(), stem.url(), real))));
        assertThat(right.getException()).isNull();
    }
}
