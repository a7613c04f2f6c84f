package io.github.camellalal.client.http;

import java.nio.charset.StandardCharsets;

/** The start of an answer's body for an error message: control characters escaped, licenses masked. */
public final class BodyExcerpt {
    private static final int EXCERPT = 200;

    private BodyExcerpt() {
    }

    /** The first bytes of a body as text, control characters escaped. */
    public static String of(byte[] body) {
        return LicenseMask.mask(escaped(body)) + (body.length > EXCERPT ? "..." : "");
    }

    /** The first bytes of a service's answer as text, control characters escaped, only the key's value hidden. */
    public static String of(byte[] body, String key) {
        return LicenseMask.hideKey(escaped(body), key) + (body.length > EXCERPT ? "..." : "");
    }

    private static String escaped(byte[] body) {
        String text = new String(body, 0, Math.min(body.length, EXCERPT), StandardCharsets.UTF_8);
        StringBuilder sb = new StringBuilder();
        for (char c : text.toCharArray()) {
            if (c == '\n') {
                sb.append("\\n");
            } else if (c == '\r') {
                sb.append("\\r");
            } else if (c < 0x20 || c == 0x7F) {
                sb.append(String.format("\\u%04x", (int) c));
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }
}
