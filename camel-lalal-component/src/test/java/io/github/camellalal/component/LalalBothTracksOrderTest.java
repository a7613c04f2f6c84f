package io.github.camellalal.component;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.builder.RouteBuilder;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

/**
 * The docs' claim for {@code track=both}: a list of two messages, stem first, then the back track; checked by
 * content (the emulator's stem is the centre of the stereo signal, its back track the side), for process and
 * download.
 */
class LalalBothTracksOrderTest extends LalalTestSupport {

    private static final int FRAMES = 600;
    private static final byte[] WAV = TestWav.stereo(FRAMES);

    @Override
    protected void addRoutes(RouteBuilder routes) {
        // the tracks are stream caches: the caller reads them after the exchange completed
        routes.from("direct:process").to("lalal:process?track=both&pollInterval=50");
        routes.from("direct:download").to("lalal:download?track=both");
    }

    @Test
    void processAndDownloadDeliverTheStemFirst() throws Exception {
        Exchange processed = request("direct:process", WAV, "pair.wav");
        assertThat(processed.getException()).isNull();
        assertStemThenBack(processed);

        String id = processed.getMessage().getHeader(LalalConstants.FILE_ID, String.class);
        Exchange downloaded = template.request("direct:download",
                x -> x.getMessage().setHeader(LalalConstants.FILE_ID, id));
        assertThat(downloaded.getException()).isNull();
        assertStemThenBack(downloaded);
    }

    @SuppressWarnings("unchecked")
    private static void assertStemThenBack(Exchange e) {
        List<Message> tracks = e.getMessage().getBody(List.class);
        assertThat(tracks).hasSize(2);
        assertThat(tracks).extracting(m -> m.getHeader(LalalConstants.TRACK)).containsExactly("stem", "back");
        assertThat(tracks).extracting(m -> m.getHeader(Exchange.FILE_NAME))
                .containsExactly("pair_vocals_split_by_lalalai.wav", "pair_no_vocals_split_by_lalalai.wav");
        short[] stem = TestWav.samples(tracks.get(0).getBody(byte[].class));
        short[] back = TestWav.samples(tracks.get(1).getBody(byte[].class));
        for (int i = 0; i < FRAMES; i += 50) {
            assertThat((int) stem[2 * i]).isCloseTo((TestWav.left(i) + TestWav.right(i)) / 2, Offset.offset(1));
            assertThat((int) back[2 * i]).isCloseTo((TestWav.left(i) - TestWav.right(i)) / 2, Offset.offset(1));
        }
    }
}
