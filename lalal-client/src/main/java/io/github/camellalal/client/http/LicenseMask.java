package io.github.camellalal.client.http;

/** Masks the license (and proxy credentials) in text that goes to a log or an error message. */
public final class LicenseMask {

    private LicenseMask() {
    }

    /** A header value for the log: credentials of any scheme (license, proxy Basic) keep only their scheme word. */
    static String maskHeader(String name, String value) {
        if (value != null && (name.equalsIgnoreCase("Authorization") || name.equalsIgnoreCase("Proxy-Authorization")
                || name.equalsIgnoreCase("X-License-Key"))) {
            int space = value.indexOf(' ');
            return (space < 0 ? "" : value.substring(0, space + 1)) + "xxxxxx";
        }
        return mask(value);
    }

    /** Masks a license in a header value or a request line. */
    public static String mask(String text) {
        if (text == null) {
            return null;
        }
        return text.replaceAll("(?i)(license\\s+)\\S+", "$1xxxxxx").replaceAll("(?i)([?&]key=)[^&\\s]*", "$1xxxxxx");
    }

    /**
     * Hides the license key's value in a text of the service (an error's detail, an answer's excerpt), wherever it
     * appears, and a {@code key=} query parameter; the service's own words stay as they are.
     *
     * @param key the license key in use, or null
     */
    public static String hideKey(String text, String key) {
        if (text == null) {
            return null;
        }
        String hidden = key == null || key.isBlank() ? text : text.replace(key, "xxxxxx");
        return hidden.replaceAll("(?i)([?&]key=)[^&\\s]*", "$1xxxxxx");
    }
}
