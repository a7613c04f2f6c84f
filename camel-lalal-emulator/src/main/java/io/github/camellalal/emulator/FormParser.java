package io.github.camellalal.emulator;

import java.io.IOException;
import java.io.InputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads form fields from a query string, an {@code application/x-www-form-urlencoded} body or a
 * {@code multipart/form-data} body (the API's documentation says urlencoded, its curl examples send multipart).
 */
final class FormParser {

    /** Forms are small; a larger body is refused rather than held in memory. */
    static final int MAX_FORM_BYTES = 4 * 1024 * 1024;

    private FormParser() {
    }

    /** Parses {@code a=1&b=2}. */
    static Map<String, List<String>> urlEncoded(String text, Map<String, List<String>> into) {
        if (text == null || text.isEmpty()) {
            return into;
        }
        for (String pair : text.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String name = decode(eq < 0 ? pair : pair.substring(0, eq));
            String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
            into.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
        }
        return into;
    }

    /**
     * Parses a body by its content type, {@code application/x-www-form-urlencoded} or {@code multipart/form-data}
     * (with a boundary); any other body, also one without a content type, is read but gives no fields.
     */
    static Map<String, List<String>> body(String contentType, InputStream body, Map<String, List<String>> into)
            throws IOException {
        byte[] bytes = body.readNBytes(MAX_FORM_BYTES + 1);
        if (bytes.length > MAX_FORM_BYTES) {
            throw new IOException("form body larger than " + MAX_FORM_BYTES + " bytes");
        }
        String type = contentType == null ? "" : contentType.split(";", 2)[0].trim().toLowerCase(Locale.ROOT);
        if (type.equals("multipart/form-data")) {
            String boundary = boundary(contentType);
            if (boundary != null) {
                multipart(new String(bytes, StandardCharsets.ISO_8859_1), boundary, into);
            }
        } else if (type.equals("application/x-www-form-urlencoded")) {
            urlEncoded(new String(bytes, StandardCharsets.US_ASCII), into);
        }
        return into;
    }

    private static String boundary(String contentType) {
        for (String part : contentType.split(";")) {
            String p = part.trim();
            if (p.toLowerCase(Locale.ROOT).startsWith("boundary=")) {
                String b = p.substring("boundary=".length());
                return b.startsWith("\"") && b.endsWith("\"") && b.length() > 1 ? b.substring(1, b.length() - 1) : b;
            }
        }
        return null;
    }

    private static void multipart(String body, String boundary, Map<String, List<String>> into) {
        String delimiter = "--" + boundary;
        for (String part : body.split(java.util.regex.Pattern.quote(delimiter))) {
            int headerEnd = part.indexOf("\r\n\r\n");
            int sep = 4;
            if (headerEnd < 0) {
                headerEnd = part.indexOf("\n\n");
                sep = 2;
            }
            if (headerEnd < 0) {
                continue;
            }
            String headers = part.substring(0, headerEnd);
            String name = null;
            for (String line : headers.split("\r?\n")) {
                if (line.toLowerCase(Locale.ROOT).startsWith("content-disposition:")) {
                    name = parameter(line, "name");
                }
            }
            if (name == null) {
                continue;
            }
            String value = part.substring(headerEnd + sep);
            if (value.endsWith("\r\n")) {
                value = value.substring(0, value.length() - 2);
            } else if (value.endsWith("\n")) {
                value = value.substring(0, value.length() - 1);
            }
            String utf8 = new String(value.getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8);
            into.computeIfAbsent(name, k -> new ArrayList<>()).add(utf8);
        }
    }

    private static String parameter(String header, String name) {
        for (String p : header.split(";")) {
            String t = p.trim();
            if (t.toLowerCase(Locale.ROOT).startsWith(name + "=")) {
                String v = t.substring(name.length() + 1);
                return v.startsWith("\"") && v.endsWith("\"") && v.length() > 1 ? v.substring(1, v.length() - 1) : v;
            }
        }
        return null;
    }

    private static String decode(String s) {
        return URLDecoder.decode(s, StandardCharsets.UTF_8);
    }

    /** A new, ordered field map. */
    static Map<String, List<String>> newForm() {
        return new LinkedHashMap<>();
    }
}
