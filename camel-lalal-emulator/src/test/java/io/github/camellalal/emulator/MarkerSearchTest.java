package io.github.camellalal.emulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The streaming marker search: found wherever the chunks split it, and only when all of it appeared. */
class MarkerSearchTest {

    private static boolean foundIn(String marker, String... chunks) {
        MarkerSearch search = new MarkerSearch(marker.getBytes(StandardCharsets.US_ASCII));
        boolean found = false;
        for (String c : chunks) {
            byte[] b = ("##" + c + "##").getBytes(StandardCharsets.US_ASCII);
            found = search.feed(b, 2, b.length - 4); // an offset and a length, as a relay's buffer gives them
        }
        return found;
    }

    @Test
    void aMarkerSplitAtAnyPointAcrossChunksIsFound() {
        String stream = "xx-license-key-1234-yy";
        for (int cut = 0; cut <= stream.length(); cut++) {
            assertThat(foundIn("license-key-1234", stream.substring(0, cut), stream.substring(cut)))
                    .as("cut at %d", cut).isTrue();
        }
        String[] bytes = stream.split("");
        assertThat(foundIn("license-key-1234", bytes)).as("one byte per chunk").isTrue();
    }

    @Test
    void partialMatchesFallBackWithoutMissingAnOverlappingOne() {
        assertThat(foundIn("aab", "aaab")).isTrue();
        assertThat(foundIn("ababc", "abab", "abc")).isTrue();
        assertThat(foundIn("abcabd", "abcab", "cabd")).isTrue();
        assertThat(foundIn("abc", "ab", "xc")).isFalse();
        assertThat(foundIn("abc", "ab")).as("a prefix at the end is not the marker").isFalse();
    }

    @Test
    void onceFoundItStaysFound() {
        MarkerSearch search = new MarkerSearch(new byte[] { 1, 2 });
        assertThat(search.feed(new byte[] { 0, 1, 2, 3 }, 0, 4)).isTrue();
        assertThat(search.feed(new byte[] { 9 }, 0, 1)).isTrue();
        assertThat(search.found()).isTrue();
        assertThatThrownBy(() -> new MarkerSearch(new byte[0])).isInstanceOf(IllegalArgumentException.class);
    }
}
