package io.github.camellalal.emulator;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.X509Certificate;
import java.util.Base64;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

/**
 * What a client needs to trust an https emulator: its certificate, as a PKCS12 truststore file (for Camel's
 * {@code SSLContextParameters}, a Spring Boot SSL bundle or {@code -Djavax.net.ssl.trustStore}), as a PEM file (for
 * {@code curl --cacert}) and as a ready {@link SSLContext}. Each trusts that one certificate only, and holds no key.
 * The files live in the emulator's storage while it runs.
 */
public final class EmulatorTls {

    /**
     * The password of the truststore, the same for every emulator so configuration can name it. It protects nothing
     * secret: the file holds a public certificate only (PKCS12 files need some password).
     */
    public static final String TRUST_STORE_PASSWORD = "emulator";
    /** The truststore's type. */
    public static final String TRUST_STORE_TYPE = "PKCS12";

    private final X509Certificate certificate;
    private final Path trustStore;
    private final Path certificatePem;
    private final SSLContext sslContext;

    private EmulatorTls(X509Certificate certificate, Path trustStore, Path certificatePem, SSLContext sslContext) {
        this.certificate = certificate;
        this.trustStore = trustStore;
        this.certificatePem = certificatePem;
        this.sslContext = sslContext;
    }

    /** Writes the truststore and the PEM file of the certificate into {@code dir}. */
    static EmulatorTls write(X509Certificate certificate, Path dir) throws IOException {
        try {
            KeyStore store = KeyStore.getInstance(TRUST_STORE_TYPE);
            store.load(null, null);
            store.setCertificateEntry("lalal-emulator", certificate);
            Files.createDirectories(dir);
            Path trustStore = dir.resolve("emulator-truststore.p12");
            try (OutputStream out = Files.newOutputStream(trustStore)) {
                store.store(out, TRUST_STORE_PASSWORD.toCharArray());
            }
            Path pem = dir.resolve("emulator-certificate.pem");
            Files.writeString(pem, "-----BEGIN CERTIFICATE-----\n"
                    + Base64.getMimeEncoder(64, new byte[] { '\n' }).encodeToString(certificate.getEncoded())
                    + "\n-----END CERTIFICATE-----\n", StandardCharsets.US_ASCII);
            TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            trust.init(store);
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, trust.getTrustManagers(), null);
            return new EmulatorTls(certificate, trustStore, pem, context);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot write the emulator's truststore: " + e.getMessage(), e);
        }
    }

    /** The certificate the emulator presents. */
    public X509Certificate certificate() {
        return certificate;
    }

    /**
     * A PKCS12 truststore file holding only {@link #certificate()}, password {@link #TRUST_STORE_PASSWORD}: e.g. for
     * Camel, {@code KeyStoreParameters.setResource("file:" + trustStore())}.
     */
    public Path trustStore() {
        return trustStore;
    }

    /** {@link #TRUST_STORE_PASSWORD}. */
    public String trustStorePassword() {
        return TRUST_STORE_PASSWORD;
    }

    /** {@link #TRUST_STORE_TYPE}. */
    public String trustStoreType() {
        return TRUST_STORE_TYPE;
    }

    /** The certificate as a PEM file, e.g. for {@code curl --cacert}. */
    public Path certificatePem() {
        return certificatePem;
    }

    /**
     * A client SSLContext trusting only {@link #certificate()} (e.g. for {@code HttpClient.newBuilder().sslContext}
     * or {@code HttpsURLConnection.setSSLSocketFactory}); clients still verify the host name.
     */
    public SSLContext sslContext() {
        return sslContext;
    }

    @Override
    public String toString() {
        return "EmulatorTls[" + certificate.getSubjectX500Principal() + ", trustStore=" + trustStore + "]";
    }
}
