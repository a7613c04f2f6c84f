package io.github.camellalal.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Reading a byte stream as TLS records: what passes, and where cleartext is caught. */
class TlsRecordScannerTest {

    private static byte[] record(int type, int minor, int length) {
        byte[] r = new byte[5 + length];
        r[0] = (byte) type;
        r[1] = 3;
        r[2] = (byte) minor;
        r[3] = (byte) (length >>> 8);
        r[4] = (byte) length;
        for (int i = 5; i < r.length; i++) {
            r[i] = (byte) (i * 31); // anything: ciphertext
        }
        return r;
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] p : parts) {
            out.writeBytes(p);
        }
        return out.toByteArray();
    }

    private static TlsRecordScanner scanInChunks(byte[] stream, int chunk) {
        TlsRecordScanner s = new TlsRecordScanner();
        for (int i = 0; i < stream.length; i += chunk) {
            s.scan(stream, i, Math.min(chunk, stream.length - i));
        }
        s.end();
        return s;
    }

    @Test
    void wellFormedRecordsPassHoweverTheStreamIsCut() {
        byte[] stream = concat(record(22, 1, 512), record(20, 3, 1), record(23, 3, TlsRecordScanner.MAX_LENGTH),
                record(21, 3, 2), record(23, 3, 0), record(23, 4, 40));
        for (int chunk : new int[] { 1, 2, 3, 5, 7, 4096, stream.length }) {
            TlsRecordScanner s = scanInChunks(stream, chunk);
            assertThat(s.problem()).as("chunk %d", chunk).isNull();
            assertThat(s.notTls()).isZero();
            assertThat(s.records()).isEqualTo(6);
        }
    }

    @Test
    void plainHttpIsCaughtAtItsFirstByteAndEveryByteCounts() {
        byte[] http = "POST /api/upload/ HTTP/1.1\r\nHost: x\r\n\r\nsecret".getBytes(StandardCharsets.US_ASCII);
        TlsRecordScanner s = scanInChunks(http, 10);

        assertThat(s.notTls()).isEqualTo(http.length);
        assertThat(s.records()).isZero();
        assertThat(s.problem()).as("it quotes what the chunk holds")
                .isEqualTo("at byte 0: 0x50 is not a TLS content type (20..23); the data there: \"POST /api/\"");
        assertThat(scanInChunks(http, 4096).problem()).endsWith("\"POST /api/upload/ HTTP/1.1..Host: x....secret\"");
    }

    @Test
    void cleartextAfterRecordsCountsFromWhereItStarts() {
        byte[] good = concat(record(22, 1, 100), record(23, 3, 50));
        byte[] stream = concat(good, "GET / HTTP/1.1\r\n".getBytes(StandardCharsets.US_ASCII));
        TlsRecordScanner s = scanInChunks(stream, 64);

        assertThat(s.records()).isEqualTo(2);
        assertThat(s.notTls()).isEqualTo(stream.length - good.length);
        assertThat(s.problem()).startsWith("at byte " + good.length + ": 0x47 is not a TLS content type");
    }

    @Test
    void aWrongVersionOrAnOverlongRecordIsNotTls() {
        assertThat(scanInChunks(new byte[] { 22, 2, 0, 0, 1, 0 }, 6).problem())
                .startsWith("at byte 0: 0x02 after content type 22 is not TLS's major version 3");
        assertThat(scanInChunks(new byte[] { 22, 3, 0, 0, 1, 0 }, 6).problem())
                .startsWith("at byte 0: version 3.0 is not TLS 1.0 to 1.3");
        assertThat(scanInChunks(record(23, 3, TlsRecordScanner.MAX_LENGTH + 1), 1000).problem())
                .startsWith("at byte 0: a record of 18433 bytes is longer than TLS allows (18432)");
        assertThat(scanInChunks(new byte[] { 24, 3, 3, 0, 0 }, 5).notTls()).as("heartbeat is not expected")
                .isEqualTo(5);
    }

    @Test
    void aStreamEndingInsideARecordIsNotWellFormed() {
        byte[] whole = record(23, 3, 100);
        TlsRecordScanner s = new TlsRecordScanner();
        s.scan(whole, 0, 60);
        s.end();

        assertThat(s.records()).isZero();
        assertThat(s.notTls()).isEqualTo(60);
        assertThat(s.problem()).isEqualTo("at byte 0: the stream ended inside a record");

        TlsRecordScanner header = new TlsRecordScanner();
        header.scan(concat(record(22, 1, 3), new byte[] { 23, 3 }), 0, 10);
        header.end();
        assertThat(header.notTls()).isEqualTo(2);
        assertThat(header.problem()).isEqualTo("at byte 8: the stream ended inside a record");
    }
}
