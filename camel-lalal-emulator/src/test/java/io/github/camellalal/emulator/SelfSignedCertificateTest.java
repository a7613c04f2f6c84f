package io.github.camellalal.emulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.security.Signature;
import java.security.cert.CertificateExpiredException;
import java.security.cert.CertificateNotYetValidException;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The emulator's own certificate, as the JDK's X.509 parser reads it. */
class SelfSignedCertificateTest {

    @Test
    void theLoopbackCertificateNamesLocalhostAnd127001AndIsAnEndEntity() throws Exception {
        Instant now = Instant.now();
        SelfSignedCertificate made = SelfSignedCertificate.forLoopback(now);
        X509Certificate c = made.certificate();

        assertThat(c.getVersion()).isEqualTo(3);
        assertThat(c.getSubjectX500Principal().getName()).isEqualTo("CN=localhost");
        assertThat(c.getIssuerX500Principal()).isEqualTo(c.getSubjectX500Principal());
        assertThat(c.getSigAlgName()).isEqualTo("SHA256withECDSA");
        assertThat(c.getSigAlgOID()).isEqualTo(SelfSignedCertificate.ECDSA_WITH_SHA256);
        assertThat(c.getPublicKey().getAlgorithm()).isEqualTo("EC");
        assertThat(c.getSerialNumber()).isPositive();
        assertThat(c.getSubjectAlternativeNames()).containsExactly(List.of(2, "localhost"), List.of(7, "127.0.0.1"));
        assertThat(c.getBasicConstraints()).as("not a CA").isEqualTo(-1);
        assertThat(c.getCriticalExtensionOIDs()).containsExactly("2.5.29.19");
        assertThat(c.getNonCriticalExtensionOIDs()).containsExactly("2.5.29.17");
        c.verify(c.getPublicKey());
        Instant second = now.truncatedTo(ChronoUnit.SECONDS);
        assertThat(c.getNotBefore()).isEqualTo(Date.from(second.minus(Duration.ofHours(1))));
        assertThat(c.getNotAfter()).isEqualTo(Date.from(second.plus(Duration.ofDays(7))));
        c.checkValidity(Date.from(now.minus(Duration.ofMinutes(59))));
        assertThatThrownBy(() -> c.checkValidity(Date.from(now.plus(Duration.ofDays(8)))))
                .isInstanceOf(CertificateExpiredException.class);
        assertThatThrownBy(() -> c.checkValidity(Date.from(now.minus(Duration.ofHours(2)))))
                .isInstanceOf(CertificateNotYetValidException.class);
    }

    @Test
    void thePrivateKeyBelongsToTheCertificate() throws Exception {
        SelfSignedCertificate made = SelfSignedCertificate.forLoopback(Instant.now());
        Signature s = Signature.getInstance("SHA256withECDSA");
        s.initSign(made.privateKey());
        s.update("emulator".getBytes());
        byte[] signature = s.sign();

        s.initVerify(made.certificate().getPublicKey());
        s.update("emulator".getBytes());
        assertThat(s.verify(signature)).isTrue();
    }

    @Test
    void otherNamesIpv6AndDatesFrom2050AreEncodedToo() throws Exception {
        Instant from = Instant.parse("2049-12-31T00:00:00Z");
        Instant until = Instant.parse("2051-01-01T00:00:00Z");
        X509Certificate c = SelfSignedCertificate.generate("emulator.test", List.of("emulator.test", "cdn.test"),
                List.of(InetAddress.getByName("::1"), InetAddress.getByName("10.1.2.3")), from, until).certificate();

        assertThat(c.getSubjectX500Principal().getName()).isEqualTo("CN=emulator.test");
        assertThat(c.getSubjectAlternativeNames()).containsExactly(List.of(2, "emulator.test"),
                List.of(2, "cdn.test"), List.of(7, "0:0:0:0:0:0:0:1"), List.of(7, "10.1.2.3"));
        assertThat(c.getNotBefore()).isEqualTo(Date.from(from));
        assertThat(c.getNotAfter()).isEqualTo(Date.from(until));
    }

    @Test
    void eachCertificateHasItsOwnKeyAndSerialNumber() {
        SelfSignedCertificate a = SelfSignedCertificate.forLoopback(Instant.now());
        SelfSignedCertificate b = SelfSignedCertificate.forLoopback(Instant.now());

        assertThat(a.certificate().getSerialNumber()).isNotEqualTo(b.certificate().getSerialNumber());
        assertThat(a.certificate().getPublicKey()).isNotEqualTo(b.certificate().getPublicKey());
    }
}
