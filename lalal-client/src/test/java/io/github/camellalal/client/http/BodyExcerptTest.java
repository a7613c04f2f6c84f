package io.github.camellalal.client.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The start of an answer's body in an error message: at most 200 characters, control characters escaped. */
class BodyExcerptTest {

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void lineBreaksAndControlCharactersAreEscaped() {
        assertThat(BodyExcerpt.of(utf8("a\nb\rc\td\u0000e\u001ff\u007fg h~é")))
                .isEqualTo("a\\nb\\rc\\u0009d\\u0000e\\u001ff\\u007fg h~é");
    }

    @Test
    void aBodyOf200BytesIsShownWhole() {
        String body = "x".repeat(200);
        assertThat(BodyExcerpt.of(utf8(body))).isEqualTo(body);
        assertThat(BodyExcerpt.of(utf8(body), "k")).isEqualTo(body);
    }

    @Test
    void aLongerBodyIsCutAfter200BytesAndMarked() {
        String body = "y".repeat(200) + "z";
        assertThat(BodyExcerpt.of(utf8(body))).isEqualTo("y".repeat(200) + "...");
        assertThat(BodyExcerpt.of(utf8(body), "k")).isEqualTo("y".repeat(200) + "...");
    }

    @Test
    void aLicenseInTheBodyIsMasked() {
        assertThat(BodyExcerpt.of(utf8("{\"error\":\"license abc123 invalid\",\"u\":\"/x?key=abc123 \"}")))
                .isEqualTo("{\"error\":\"license xxxxxx invalid\",\"u\":\"/x?key=xxxxxx \"}");
    }

    @Test
    void aServiceAnswerHidesOnlyTheKeysValue() {
        assertThat(BodyExcerpt.of(utf8("Invalid license key\nabc123 unknown"), "abc123"))
                .isEqualTo("Invalid license key\\nxxxxxx unknown");
    }
}
