package io.github.camellalal.client.http;

import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** File names in {@code Content-Disposition} headers (RFC 6266 with RFC 5987 for non-ASCII names). */
public final class ContentDispositions {

    private ContentDispositions() {
    }

    /** The header for an upload under this name. */
    public static String attachment(String fileName) {
        if (isPlainAscii(fileName)) {
            return "attachment; filename=\"" + fileName + "\"";
        }
        StringBuilder fallback = new StringBuilder();
        fileName.chars().forEach(c -> fallback.append(isPlain(c) ? (char) c : '_'));
        return "attachment; filename=\"" + fallback + "\"; filename*=UTF-8''"
                + URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /**
     * The file name a download should be saved under: {@code filename*} over {@code filename} of the header, else
     * the URL's last path segment; directory parts are removed so a name can never leave the target directory.
     */
    static String fileName(String header, String url) {
        String name = header == null ? null : parse(header);
        if (name == null || name.isBlank()) {
            String path = URI.create(url).getRawPath();
            String last = path == null ? "" : path.substring(path.lastIndexOf('/') + 1);
            name = URLDecoder.decode(last, StandardCharsets.UTF_8);
        }
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1).trim();
        if (name.isEmpty() || name.equals(".") || name.equals("..")) {
            name = "track";
        }
        return name;
    }

    private static String parse(String header) {
        String plain = null;
        String extended = null;
        for (String part : parameters(header)) {
            int eq = part.indexOf('=');
            if (eq < 0) {
                continue;
            }
            String key = part.substring(0, eq).trim().toLowerCase(Locale.ROOT);
            String value = part.substring(eq + 1).trim();
            if (key.equals("filename*")) {
                int a = value.indexOf('\'');
                int b = a < 0 ? -1 : value.indexOf('\'', a + 1);
                if (b > 0) {
                    try {
                        String cs = value.substring(0, a).trim();
                        extended = URLDecoder.decode(value.substring(b + 1).replace("+", "%2B"),
                                cs.isEmpty() ? StandardCharsets.UTF_8 : Charset.forName(cs));
                    } catch (RuntimeException e) {
                        extended = null;
                    }
                }
            } else if (key.equals("filename")) {
                plain = utf8Bytes(value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")
                        ? value.substring(1, value.length() - 1).replace("\\\"", "\"") : value);
            }
        }
        return extended != null ? extended : plain;
    }

    /**
     * A plain {@code filename} arrives as ISO-8859-1 characters; servers often put raw UTF-8 bytes there: read those
     * as UTF-8, and anything that is not valid UTF-8 as it came.
     */
    private static String utf8Bytes(String latin1) {
        if (latin1.chars().allMatch(c -> c < 0x80) || latin1.chars().anyMatch(c -> c > 0xFF)) {
            return latin1;
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(
                    latin1.getBytes(StandardCharsets.ISO_8859_1))).toString();
        } catch (java.nio.charset.CharacterCodingException e) {
            return latin1;
        }
    }

    private static List<String> parameters(String header) {
        List<String> parts = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < header.length(); i++) {
            char c = header.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            }
            if (c == ';' && !quoted) {
                parts.add(current.toString());
                current.setLength(0);
            } else {
                current.append(c);
            }
        }
        parts.add(current.toString());
        return parts;
    }

    private static boolean isPlainAscii(String s) {
        return s.chars().allMatch(ContentDispositions::isPlain);
    }

    private static boolean isPlain(int c) {
        return c >= 0x20 && c < 0x7F && c != '"' && c != '\\';
    }
}
