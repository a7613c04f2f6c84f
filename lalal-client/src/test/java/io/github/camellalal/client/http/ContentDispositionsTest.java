package io.github.camellalal.client.http;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The {@code Content-Disposition} an upload sends, and the file name a download is saved under: what the header
 * says ({@code filename*} over {@code filename}), else the URL's last segment, never a name that leaves the target
 * directory.
 */
class ContentDispositionsTest {

    private static final String URL = "https://cdn.example/media/from_url.wav?sig=1";

    @Test
    void anAsciiUploadNameIsSentAsIs() {
        assertThat(ContentDispositions.attachment("song 1.mp3")).isEqualTo("attachment; filename=\"song 1.mp3\"");
        assertThat(ContentDispositions.attachment(" ~")).isEqualTo("attachment; filename=\" ~\"");
    }

    @Test
    void aNonAsciiUploadNameGetsAnAsciiFallbackAndTheUtf8Name() {
        assertThat(ContentDispositions.attachment("Péché mignon.mp3")).isEqualTo(
                "attachment; filename=\"P_ch_ mignon.mp3\"; filename*=UTF-8''P%C3%A9ch%C3%A9%20mignon.mp3");
    }

    @Test
    void quotesBackslashesAndControlCharactersAreNeverSentInTheQuotedName() {
        assertThat(ContentDispositions.attachment("a\"b\\c\td\u007fe.mp3")).isEqualTo(
                "attachment; filename=\"a_b_c_d_e.mp3\"; filename*=UTF-8''a%22b%5Cc%09d%7Fe.mp3");
    }

    @Test
    void theQuotedFilenameNamesTheDownload() {
        assertThat(ContentDispositions.fileName("attachment; filename=\"song_vocals.wav\"", URL))
                .isEqualTo("song_vocals.wav");
    }

    @Test
    void anUnquotedFilenameAndOddSpacingAndCaseAreUnderstood() {
        assertThat(ContentDispositions.fileName("attachment;FileName = song.wav ", URL)).isEqualTo("song.wav");
    }

    @Test
    void escapedQuotesAndSemicolonsInsideTheQuotedNameStay() {
        assertThat(ContentDispositions.fileName("attachment; filename=\"a;b \\\"c\\\".wav\"; size=3", URL))
                .isEqualTo("a;b \"c\".wav");
    }

    @Test
    void anUnbalancedQuoteLosesNoCharacterOfTheName() {
        assertThat(ContentDispositions.fileName("attachment; filename=\"song.wav", URL)).isEqualTo("\"song.wav");
        assertThat(ContentDispositions.fileName("attachment; filename=song.wav\"", URL)).isEqualTo("song.wav\"");
    }

    @Test
    void aSingleQuoteCharacterIsAName() {
        assertThat(ContentDispositions.fileName("attachment; filename=\"", URL)).isEqualTo("\"");
    }

    @Test
    void theExtendedNameWinsWhicheverComesFirst() {
        assertThat(ContentDispositions.fileName(
                "attachment; filename*=UTF-8''na%C3%AFve%20song.wav; filename=\"naive song.wav\"", URL))
                .isEqualTo("naïve song.wav");
        assertThat(ContentDispositions.fileName(
                "attachment; filename=\"naive song.wav\"; FILENAME*=utf-8'en'na%C3%AFve.wav", URL))
                .isEqualTo("naïve.wav");
    }

    @Test
    void theExtendedNameHonoursItsCharsetAndKeepsAPlus() {
        assertThat(ContentDispositions.fileName("attachment; filename*=ISO-8859-1''caf%E9+bar.wav", URL))
                .isEqualTo("café+bar.wav");
        assertThat(ContentDispositions.fileName("attachment; filename*=''a%20b.wav", URL)).isEqualTo("a b.wav");
    }

    @ParameterizedTest
    @ValueSource(strings = {"attachment; filename*=nocharset.wav; filename=\"plain.wav\"",
            "attachment; filename*=UTF-8'only-one-quote.wav; filename=\"plain.wav\"",
            "attachment; filename*=NO-SUCH-CHARSET''x.wav; filename=\"plain.wav\"",
            "attachment; filename*=UTF-8''bad%zzescape.wav; filename=\"plain.wav\""})
    void aBrokenExtendedNameFallsBackToThePlainOne(String header) {
        assertThat(ContentDispositions.fileName(header, URL)).isEqualTo("plain.wav");
    }

    @Test
    void aBrokenExtendedNameAfterAGoodOneDiscardsIt() {
        assertThat(ContentDispositions.fileName(
                "attachment; filename=\"plain.wav\"; filename*=UTF-8''good.wav; filename*=BAD-CS''x.wav", URL))
                .isEqualTo("plain.wav");
    }

    @Test
    void rawUtf8BytesInThePlainNameAreReadAsUtf8() {
        // how HttpClient hands over a header whose bytes were UTF-8: one ISO-8859-1 character per byte
        String latin1 = new String("Bjørk.wav".getBytes(java.nio.charset.StandardCharsets.UTF_8),
                java.nio.charset.StandardCharsets.ISO_8859_1);
        assertThat(ContentDispositions.fileName("attachment; filename=\"" + latin1 + "\"", URL))
                .isEqualTo("Bjørk.wav");
    }

    @Test
    void latin1ThatIsNotUtf8AndWiderCharactersStayAsTheyCame() {
        assertThat(ContentDispositions.fileName("attachment; filename=\"caf\u00e9.wav\"", URL)).isEqualTo("café.wav");
        assertThat(ContentDispositions.fileName("attachment; filename=\"\u00c3\u00a9\u20ac.wav\"", URL))
                .isEqualTo("\u00c3\u00a9\u20ac.wav");
    }

    @ParameterizedTest
    @ValueSource(strings = {"attachment", "inline; size=12", "attachment; filename=\"\"", "attachment; filename=  "})
    void withoutANameInTheHeaderTheUrlsLastSegmentNamesTheTrack(String header) {
        assertThat(ContentDispositions.fileName(header, URL)).isEqualTo("from_url.wav");
    }

    @Test
    void withoutAHeaderTheDecodedLastSegmentNamesTheTrack() {
        assertThat(ContentDispositions.fileName(null, "http://127.0.0.1:1/media/my%20song%2Bvocals.wav"))
                .isEqualTo("my song+vocals.wav");
    }

    @ParameterizedTest
    @CsvSource({"attachment; filename=\"../../etc/passwd\", passwd",
            "attachment; filename=\"..\\\\..\\\\evil.wav\", evil.wav",
            "attachment; filename=\"dir/sub\\\\mix.wav\", mix.wav",
            "attachment; filename=\"/abs/x.wav \", x.wav"})
    void directoryPartsAreRemoved(String header, String expected) {
        assertThat(ContentDispositions.fileName(header, URL)).isEqualTo(expected);
    }

    @Test
    void directoryPartsOfTheExtendedNameAndTheUrlAreRemovedToo() {
        assertThat(ContentDispositions.fileName("attachment; filename*=UTF-8''..%2F..%2Fup.wav", URL))
                .isEqualTo("up.wav");
        assertThat(ContentDispositions.fileName(null, "https://cdn.example/media/..%2F..%2Fup.wav"))
                .isEqualTo("up.wav");
    }

    @ParameterizedTest
    @CsvSource({"attachment; filename=\"..\", https://cdn.example/media/x.wav",
            "attachment; filename=\".\", https://cdn.example/media/x.wav",
            "attachment; filename=\"a/\", https://cdn.example/media/x.wav",
            ", https://cdn.example/media/",
            ", https://cdn.example",
            ", https://cdn.example/media/..",
            ", mailto:someone"})
    void aNameThatIsNoFileNameBecomesTrack(String header, String url) {
        assertThat(ContentDispositions.fileName(header, url)).isEqualTo("track");
    }
}
