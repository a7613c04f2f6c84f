package io.github.camellalal.emulator;

/**
 * Reads one direction of a connection as the sequence of TLS records it must be (RFC 8446, 5.1; RFC 5246, 6.2): a
 * 5-byte header (content type 20 to 23, version 3.1 to 3.4, a length of at most 2^14 + 2048) and that many bytes.
 * The first byte that breaks this is where cleartext (or garbage) starts: from there on, nothing can be trusted to
 * be a record, so every further byte counts as not TLS. Keeps only the current header.
 */
final class TlsRecordScanner {

    static final int HEADER = 5;
    static final int MAX_LENGTH = (1 << 14) + 2048;
    /** How many bytes of the offending data a problem quotes. */
    private static final int EXCERPT = 48;

    private final byte[] header = new byte[HEADER];
    private int headerBytes;
    private int payloadLeft;
    private int recordLength;
    private long offset;
    private long records;
    private long notTls;
    private String problem;

    /** Scans the next bytes of the stream. */
    void scan(byte[] bytes, int from, int length) {
        int i = from;
        int end = from + length;
        while (i < end) {
            if (problem != null) {
                notTls += end - i;
                offset += end - i;
                return;
            }
            if (payloadLeft > 0) {
                int n = Math.min(payloadLeft, end - i);
                payloadLeft -= n;
                i += n;
                offset += n;
                if (payloadLeft == 0) {
                    records++;
                }
                continue;
            }
            header[headerBytes++] = bytes[i];
            String wrong = headerProblem();
            if (wrong != null) {
                problem = "at byte " + (offset - headerBytes + 1) + ": " + wrong + "; the data there: "
                        + excerpt(bytes, i - Math.min(headerBytes - 1, i - from), end);
                notTls += headerBytes;
            } else if (headerBytes == HEADER) {
                headerBytes = 0;
                recordLength = ((header[3] & 0xFF) << 8) | (header[4] & 0xFF);
                payloadLeft = recordLength;
                if (payloadLeft == 0) {
                    records++;
                }
            }
            i++;
            offset++;
        }
    }

    /** What is wrong with the header bytes read so far, or {@code null}. */
    private String headerProblem() {
        int n = headerBytes - 1;
        int b = header[n] & 0xFF;
        return switch (n) {
            case 0 -> b >= 20 && b <= 23 ? null : String.format("0x%02X is not a TLS content type (20..23)", b);
            case 1 -> b == 3 ? null : String.format("0x%02X after content type %d is not TLS's major version 3",
                    b, header[0]);
            case 2 -> b >= 1 && b <= 4 ? null : String.format("version 3.%d is not TLS 1.0 to 1.3", b);
            case 4 -> {
                int length = ((header[3] & 0xFF) << 8) | b;
                yield length <= MAX_LENGTH ? null : "a record of " + length + " bytes is longer than TLS allows ("
                        + MAX_LENGTH + ")";
            }
            default -> null;
        };
    }

    /** The end of the stream: a record it cut short is not a well-formed one. */
    void end() {
        long partial = payloadLeft > 0 ? HEADER + recordLength - payloadLeft : headerBytes;
        if (problem == null && partial > 0) {
            problem = "at byte " + (offset - partial) + ": the stream ended inside a record";
            notTls += partial;
        }
    }

    private static String excerpt(byte[] bytes, int from, int end) {
        StringBuilder s = new StringBuilder("\"");
        for (int i = from; i < Math.min(end, from + EXCERPT); i++) {
            int c = bytes[i] & 0xFF;
            s.append(c >= 0x20 && c < 0x7F ? (char) c : '.');
        }
        return s.append('"').toString();
    }

    long records() {
        return records;
    }

    /** Bytes that were not part of a well-formed record. */
    long notTls() {
        return notTls;
    }

    /** The first thing that was not TLS, with where and what, or {@code null}. */
    String problem() {
        return problem;
    }
}
