package io.github.camellalal.emulator;

import java.io.ByteArrayInputStream;
import java.math.BigInteger;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * A key pair and a self-signed X.509 v3 certificate for it, made with the JDK alone: an EC P-256 key signed with
 * SHA256withECDSA, an end-entity certificate ({@code basicConstraints} without {@code cA}) whose subjectAltName
 * names the hosts a client may connect to. The JDK's certificate builder is internal and the emulator takes no
 * dependency (such as BouncyCastle) onto its users' test classpaths, so the TBSCertificate is encoded here.
 */
final class SelfSignedCertificate {

    /** ecdsa-with-SHA256 (RFC 5758): its AlgorithmIdentifier has no parameters. */
    static final String ECDSA_WITH_SHA256 = "1.2.840.10045.4.3.2";
    private static final String COMMON_NAME = "2.5.4.3";
    private static final String SUBJECT_ALT_NAME = "2.5.29.17";
    private static final String BASIC_CONSTRAINTS = "2.5.29.19";
    private static final int DNS_NAME = 2;
    private static final int IP_ADDRESS = 7;
    /** Clocks of a test's other processes may lag a little behind. */
    private static final Duration BACKDATED = Duration.ofHours(1);
    private static final Duration VALID_FOR = Duration.ofDays(7);

    private final PrivateKey privateKey;
    private final X509Certificate certificate;

    private SelfSignedCertificate(PrivateKey privateKey, X509Certificate certificate) {
        this.privateKey = privateKey;
        this.certificate = certificate;
    }

    /**
     * For {@code CN=localhost} with subjectAltName {@code DNS:localhost} and {@code IP:127.0.0.1}: hostname
     * verification passes for {@code https://localhost:port} and {@code https://127.0.0.1:port}. Valid from an
     * hour before {@code now} for seven days.
     */
    static SelfSignedCertificate forLoopback(Instant now) {
        return generate("localhost", List.of("localhost"), List.of(InetAddress.getLoopbackAddress()),
                now.minus(BACKDATED), now.plus(VALID_FOR));
    }

    static SelfSignedCertificate generate(String commonName, List<String> dnsNames, List<InetAddress> ipAddresses,
            Instant notBefore, Instant notAfter) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
            generator.initialize(new ECGenParameterSpec("secp256r1"));
            KeyPair keys = generator.generateKeyPair();
            byte[] algorithm = DerEncoder.sequence(DerEncoder.oid(ECDSA_WITH_SHA256));
            byte[] name = DerEncoder.sequence(DerEncoder.setOf(DerEncoder.sequence(DerEncoder.oid(COMMON_NAME),
                    DerEncoder.utf8String(commonName))));
            byte[] tbs = DerEncoder.sequence(
                    DerEncoder.explicit(0, DerEncoder.integer(2)), // version v3
                    DerEncoder.integer(serialNumber()),
                    algorithm,
                    name, // issuer: itself
                    DerEncoder.sequence(DerEncoder.time(notBefore.truncatedTo(ChronoUnit.SECONDS)),
                            DerEncoder.time(notAfter.truncatedTo(ChronoUnit.SECONDS))),
                    name,
                    keys.getPublic().getEncoded(), // already a SubjectPublicKeyInfo
                    DerEncoder.explicit(3, DerEncoder.sequence(
                            extension(SUBJECT_ALT_NAME, false, subjectAltNames(dnsNames, ipAddresses)),
                            // cA FALSE is the default, which DER leaves out: an empty sequence
                            extension(BASIC_CONSTRAINTS, true, DerEncoder.sequence()))));
            Signature signer = Signature.getInstance("SHA256withECDSA");
            signer.initSign(keys.getPrivate());
            signer.update(tbs);
            byte[] der = DerEncoder.sequence(tbs, algorithm, DerEncoder.bitString(signer.sign()));
            X509Certificate certificate = (X509Certificate) CertificateFactory.getInstance("X.509")
                    .generateCertificate(new ByteArrayInputStream(der));
            certificate.verify(keys.getPublic()); // what was encoded is what was signed
            return new SelfSignedCertificate(keys.getPrivate(), certificate);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot make a self-signed certificate with this JDK", e);
        }
    }

    /** Positive, at most 20 octets and unpredictable, as RFC 5280 (4.1.2.2) asks. */
    private static BigInteger serialNumber() {
        byte[] random = new byte[16];
        new SecureRandom().nextBytes(random);
        return new BigInteger(1, random).setBit(0);
    }

    private static byte[] extension(String oid, boolean critical, byte[] value) {
        List<byte[]> parts = new ArrayList<>(List.of(DerEncoder.oid(oid)));
        if (critical) {
            parts.add(DerEncoder.bool(true)); // FALSE is the default, which DER leaves out
        }
        parts.add(DerEncoder.octetString(value));
        return DerEncoder.sequence(parts.toArray(new byte[0][]));
    }

    private static byte[] subjectAltNames(List<String> dnsNames, List<InetAddress> ipAddresses) {
        List<byte[]> names = new ArrayList<>();
        dnsNames.forEach(d -> names.add(DerEncoder.implicit(DNS_NAME, d.getBytes(StandardCharsets.US_ASCII))));
        ipAddresses.forEach(ip -> names.add(DerEncoder.implicit(IP_ADDRESS, ip.getAddress())));
        return DerEncoder.sequence(names.toArray(new byte[0][]));
    }

    PrivateKey privateKey() {
        return privateKey;
    }

    X509Certificate certificate() {
        return certificate;
    }
}
