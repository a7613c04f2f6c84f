package io.github.camellalal.emulator;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/** Reads and writes the file name of a {@code Content-Disposition} header (RFC 6266, RFC 5987). */
final class ContentDisposition {

    private ContentDisposition() {
    }

    /** The file name in the header: {@code filename*} wins over {@code filename}; {@code null} if there is none. */
    static String fileName(String header) {
        if (header == null) {
            return null;
        }
        String plain = null;
        String extended = null;
        for (String part : splitParameters(header)) {
            int eq = part.indexOf('=');
            if (eq < 0) {
                continue;
            }
            String name = part.substring(0, eq).trim().toLowerCase(Locale.ROOT);
            String value = part.substring(eq + 1).trim();
            if (name.equals("filename*")) {
                extended = decodeExtended(value);
            } else if (name.equals("filename")) {
                plain = unquote(value);
            }
        }
        String result = extended != null ? extended : plain;
        return result == null || result.isBlank() ? null : result;
    }

    /** A header for an attachment with this name, with {@code filename*} for non-ASCII names. */
    static String attachment(String fileName) {
        boolean ascii = fileName.chars().allMatch(c -> c >= 0x20 && c < 0x7F && c != '"' && c != '\\');
        if (ascii) {
            return "attachment; filename=\"" + fileName + "\"";
        }
        StringBuilder fallback = new StringBuilder();
        fileName.chars().forEach(c -> fallback.append(c >= 0x20 && c < 0x7F && c != '"' && c != '\\' ? (char) c : '_'));
        return "attachment; filename=\"" + fallback + "\"; filename*=UTF-8''"
                + URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static String[] splitParameters(String header) {
        // ';' inside a quoted string does not separate parameters
        java.util.List<String> parts = new java.util.ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < header.length(); i++) {
            char c = header.charAt(i);
            if (c == '"' && (i == 0 || header.charAt(i - 1) != '\\')) {
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
        return parts.toArray(new String[0]);
    }

    private static String unquote(String value) {
        if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
            return value.substring(1, value.length() - 1).replace("\\\"", "\"").replace("\\\\", "\\");
        }
        return value;
    }

    private static String decodeExtended(String value) {
        int first = value.indexOf('\'');
        int second = first < 0 ? -1 : value.indexOf('\'', first + 1);
        if (second < 0) {
            return null;
        }
        String charset = value.substring(0, first).trim();
        String encoded = value.substring(second + 1);
        try {
            return URLDecoder.decode(encoded.replace("+", "%2B"),
                    charset.isEmpty() ? StandardCharsets.UTF_8 : java.nio.charset.Charset.forName(charset));
        } catch (RuntimeException e) {
            return null;
        }
    }
}
