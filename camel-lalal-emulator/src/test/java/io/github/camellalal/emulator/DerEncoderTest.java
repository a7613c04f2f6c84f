package io.github.camellalal.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.time.Instant;
import java.util.HexFormat;
import javax.security.auth.x500.X500Principal;
import org.junit.jupiter.api.Test;

/** DER encodings checked against X.690's rules and examples, and against the JDK's own decoder. */
class DerEncoderTest {

    private static String hex(byte[] der) {
        return HexFormat.of().withUpperCase().formatHex(der);
    }

    @Test
    void integersTakeTheFewestTwosComplementOctets() {
        assertThat(hex(DerEncoder.integer(0))).isEqualTo("020100");
        assertThat(hex(DerEncoder.integer(127))).isEqualTo("02017F");
        assertThat(hex(DerEncoder.integer(128))).as("a leading zero keeps it positive").isEqualTo("02020080");
        assertThat(hex(DerEncoder.integer(256))).isEqualTo("02020100");
        assertThat(hex(DerEncoder.integer(-128))).isEqualTo("020180");
        assertThat(hex(DerEncoder.integer(-129))).isEqualTo("0202FF7F");
        assertThat(hex(DerEncoder.integer(new BigInteger("FFFFFFFFFFFFFFFFFF", 16))))
                .isEqualTo("020A00FFFFFFFFFFFFFFFFFF");
    }

    @Test
    void lengthsUseTheShortFormBelow128AndTheLongFormFrom128() {
        assertThat(hex(DerEncoder.octetString(new byte[127]))).startsWith("047F");
        assertThat(hex(DerEncoder.octetString(new byte[128]))).startsWith("048180");
        assertThat(hex(DerEncoder.octetString(new byte[255]))).startsWith("0481FF");
        assertThat(hex(DerEncoder.octetString(new byte[256]))).startsWith("04820100");
        assertThat(hex(DerEncoder.octetString(new byte[65536]))).startsWith("0483010000");
        assertThat(DerEncoder.octetString(new byte[65536])).hasSize(65536 + 5);
    }

    @Test
    void objectIdentifiersShareTheFirstOctetAndUseBase128() {
        assertThat(hex(DerEncoder.oid("1.2.840.10045.4.3.2"))).isEqualTo("06082A8648CE3D040302");
        assertThat(hex(DerEncoder.oid("2.5.29.17"))).isEqualTo("0603551D11");
        assertThat(hex(DerEncoder.oid("2.999.3"))).as("X.690's own example").isEqualTo("0603883703");
        assertThat(hex(DerEncoder.oid("1.2.840.113549.1.1.11"))).isEqualTo("06092A864886F70D01010B");
    }

    @Test
    void timesAreUtcTimeUntil2049AndGeneralizedTimeFrom2050() {
        assertThat(hex(DerEncoder.time(Instant.parse("2025-12-04T12:30:05Z"))))
                .isEqualTo("170D" + hex("251204123005Z".getBytes()));
        assertThat(hex(DerEncoder.time(Instant.parse("2049-12-31T23:59:59Z"))))
                .isEqualTo("170D" + hex("491231235959Z".getBytes()));
        assertThat(hex(DerEncoder.time(Instant.parse("2050-01-01T00:00:00Z"))))
                .isEqualTo("180F" + hex("20500101000000Z".getBytes()));
        assertThat(hex(DerEncoder.time(Instant.parse("1949-06-01T00:00:00Z"))))
                .isEqualTo("180F" + hex("19490601000000Z".getBytes()));
    }

    @Test
    void primitivesAndTags() {
        assertThat(hex(DerEncoder.bool(true))).isEqualTo("0101FF");
        assertThat(hex(DerEncoder.bool(false))).isEqualTo("010100");
        assertThat(hex(DerEncoder.bitString(new byte[] { (byte) 0xAB, (byte) 0xCD }))).isEqualTo("030300ABCD");
        assertThat(hex(DerEncoder.utf8String("é"))).isEqualTo("0C02C3A9");
        assertThat(hex(DerEncoder.sequence())).isEqualTo("3000");
        assertThat(hex(DerEncoder.explicit(0, DerEncoder.integer(2)))).isEqualTo("A003020102");
        assertThat(hex(DerEncoder.implicit(2, "a".getBytes()))).isEqualTo("820161");
        assertThat(hex(DerEncoder.implicit(7, new byte[] { 127, 0, 0, 1 }))).isEqualTo("87047F000001");
    }

    @Test
    void aSetOfIsOrderedByEncoding() {
        byte[] two = DerEncoder.integer(2);
        byte[] one = DerEncoder.integer(1);
        assertThat(hex(DerEncoder.setOf(two, one))).isEqualTo("3106020101020102");
    }

    @Test
    void theJdkDecodesANameWrittenWithIt() {
        byte[] name = DerEncoder.sequence(DerEncoder.setOf(DerEncoder.sequence(DerEncoder.oid("2.5.4.3"),
                DerEncoder.utf8String("localhost"))));

        assertThat(new X500Principal(name).getName()).isEqualTo("CN=localhost");
    }
}
