package io.github.camellalal.emulator;

import java.io.IOException;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.Key;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;

/**
 * The key and certificate chain an https emulator presents: one it generates for the loopback names, or the first
 * key entry of a user's keystore. Not a record: its {@code toString} must not print a key.
 */
final class ServerIdentity {

    /** Guards the in-memory key store that hands the key to the JDK's key manager; nothing is written with it. */
    private static final char[] IN_MEMORY = "in-memory".toCharArray();

    private final PrivateKey key;
    private final List<X509Certificate> chain;

    private ServerIdentity(PrivateKey key, List<X509Certificate> chain) {
        this.key = key;
        this.chain = chain;
    }

    /**
     * A self-signed certificate for {@code localhost} and {@code 127.0.0.1}, made now: by the system clock, not the
     * emulator's, as clients check its validity against theirs.
     */
    static ServerIdentity generated() {
        SelfSignedCertificate c = SelfSignedCertificate.forLoopback(Instant.now());
        return new ServerIdentity(c.privateKey(), List.of(c.certificate()));
    }

    /**
     * The first private key entry of a PKCS12 or JKS keystore (the type is told by the file's content), whose key
     * has the keystore's password.
     *
     * @throws IllegalArgumentException naming the file (never the password) when it cannot be read or has no key
     */
    static ServerIdentity fromKeyStore(Path file, char[] password) {
        try {
            KeyStore store = KeyStore.getInstance(file.toFile(), password);
            for (String alias : Collections.list(store.aliases())) {
                if (!store.isKeyEntry(alias)) {
                    continue;
                }
                Key key = store.getKey(alias, password);
                Certificate[] chain = store.getCertificateChain(alias);
                if (key instanceof PrivateKey privateKey && chain != null && chain.length > 0
                        && chain[0] instanceof X509Certificate) {
                    return new ServerIdentity(privateKey,
                            Arrays.stream(chain).map(X509Certificate.class::cast).toList());
                }
            }
            throw new IllegalArgumentException("The keystore " + file
                    + " has no private key entry with an X.509 certificate");
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalArgumentException("Cannot read the keystore " + file + ": " + e.getMessage(), e);
        }
    }

    /** The certificate the server presents (the chain's first). */
    X509Certificate certificate() {
        return chain.get(0);
    }

    /** A server-side SSLContext presenting this identity, with the JDK's default protocols and cipher suites. */
    SSLContext serverContext() {
        try {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(null, null);
            store.setKeyEntry("emulator", key, IN_MEMORY, chain.toArray(new X509Certificate[0]));
            KeyManagerFactory keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
            keys.init(store, IN_MEMORY);
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(keys.getKeyManagers(), null, null);
            return context;
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("Cannot set up TLS for the LALAL.AI emulator: " + e.getMessage(), e);
        }
    }

    @Override
    public String toString() {
        return "ServerIdentity[" + certificate().getSubjectX500Principal() + "]";
    }
}
