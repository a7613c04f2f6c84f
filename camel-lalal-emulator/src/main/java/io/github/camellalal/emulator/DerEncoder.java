package io.github.camellalal.emulator;

import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;

/**
 * The few ASN.1 DER encodings (ITU-T X.690) an X.509 certificate needs. Each method returns one complete
 * tag-length-value, so values nest by passing one method's result to another. Just enough for
 * {@link SelfSignedCertificate}: the JDK's own encoder is internal, and the emulator takes no dependency for it.
 */
final class DerEncoder {

    private static final int BOOLEAN = 0x01;
    private static final int INTEGER = 0x02;
    private static final int BIT_STRING = 0x03;
    private static final int OCTET_STRING = 0x04;
    private static final int OBJECT_IDENTIFIER = 0x06;
    private static final int UTF8_STRING = 0x0C;
    private static final int SEQUENCE = 0x30;
    private static final int SET = 0x31;
    private static final int UTC_TIME = 0x17;
    private static final int GENERALIZED_TIME = 0x18;
    private static final DateTimeFormatter UTC_TIME_FORMAT = DateTimeFormatter.ofPattern("yyMMddHHmmss'Z'");
    private static final DateTimeFormatter GENERALIZED_TIME_FORMAT = DateTimeFormatter.ofPattern("yyyyMMddHHmmss'Z'");

    private DerEncoder() {
    }

    /** A tag, its definite length (short form below 128, else long form) and the value. */
    static byte[] tlv(int tag, byte[] value) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(value.length + 6);
        out.write(tag);
        int n = value.length;
        if (n < 0x80) {
            out.write(n);
        } else {
            int octets = (Integer.SIZE - Integer.numberOfLeadingZeros(n) + 7) / 8;
            out.write(0x80 | octets);
            for (int i = octets - 1; i >= 0; i--) {
                out.write(n >>> (8 * i));
            }
        }
        out.writeBytes(value);
        return out.toByteArray();
    }

    static byte[] sequence(byte[]... elements) {
        return tlv(SEQUENCE, concat(elements));
    }

    /** A SET OF: DER orders its elements by their encodings. */
    static byte[] setOf(byte[]... elements) {
        byte[][] sorted = elements.clone();
        Arrays.sort(sorted, Arrays::compareUnsigned);
        return tlv(SET, concat(sorted));
    }

    /** Two's complement in the fewest octets, as DER requires. */
    static byte[] integer(BigInteger value) {
        return tlv(INTEGER, value.toByteArray());
    }

    static byte[] integer(long value) {
        return integer(BigInteger.valueOf(value));
    }

    static byte[] bool(boolean value) {
        return tlv(BOOLEAN, new byte[] { (byte) (value ? 0xFF : 0x00) });
    }

    /** An object identifier in dotted form, e.g. {@code 2.5.4.3}: the first two arcs share an octet, base 128 after. */
    static byte[] oid(String dotted) {
        String[] arcs = dotted.split("\\.");
        if (arcs.length < 2) {
            throw new IllegalArgumentException("An object identifier has at least two arcs: " + dotted);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        base128(out, new BigInteger(arcs[0]).multiply(BigInteger.valueOf(40)).add(new BigInteger(arcs[1])));
        for (int i = 2; i < arcs.length; i++) {
            base128(out, new BigInteger(arcs[i]));
        }
        return tlv(OBJECT_IDENTIFIER, out.toByteArray());
    }

    private static void base128(ByteArrayOutputStream out, BigInteger arc) {
        int groups = Math.max(1, (arc.bitLength() + 6) / 7);
        for (int g = groups - 1; g >= 0; g--) {
            int seven = arc.shiftRight(7 * g).intValue() & 0x7F;
            out.write(g == 0 ? seven : seven | 0x80);
        }
    }

    static byte[] utf8String(String text) {
        return tlv(UTF8_STRING, text.getBytes(StandardCharsets.UTF_8));
    }

    /** A certificate time as RFC 5280 (4.1.2.5) wants it: UTCTime for 1950 to 2049, GeneralizedTime otherwise. */
    static byte[] time(Instant instant) {
        ZonedDateTime utc = instant.atZone(ZoneOffset.UTC);
        boolean utcTime = utc.getYear() >= 1950 && utc.getYear() < 2050;
        String text = (utcTime ? UTC_TIME_FORMAT : GENERALIZED_TIME_FORMAT).format(utc);
        return tlv(utcTime ? UTC_TIME : GENERALIZED_TIME, text.getBytes(StandardCharsets.US_ASCII));
    }

    /** A BIT STRING of whole octets (no unused bits), e.g. a signature. */
    static byte[] bitString(byte[] octets) {
        byte[] value = new byte[octets.length + 1];
        System.arraycopy(octets, 0, value, 1, octets.length);
        return tlv(BIT_STRING, value);
    }

    static byte[] octetString(byte[] octets) {
        return tlv(OCTET_STRING, octets);
    }

    /** {@code [n] EXPLICIT}: a constructed context-specific tag around a whole encoding. */
    static byte[] explicit(int tagNumber, byte[] encoding) {
        return tlv(0xA0 | tagNumber, encoding);
    }

    /** {@code [n] IMPLICIT} of a primitive type: the context-specific tag replaces the type's own. */
    static byte[] implicit(int tagNumber, byte[] content) {
        return tlv(0x80 | tagNumber, content);
    }

    static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] p : parts) {
            out.writeBytes(p);
        }
        return out.toByteArray();
    }
}
