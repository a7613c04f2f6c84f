package io.github.camellalal.emulator;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import javax.net.ssl.SSLContext;

/**
 * A self-signed certificate for {@code localhost} and {@code 127.0.0.1}, as an https emulator makes, for a test's
 * own https servers beside the emulator (a CDN a download is redirected to, a scripted server): give the same
 * instance to {@link LalalEmulator.Builder#tls(LoopbackTls)} and to those servers, and clients trust one
 * certificate for all of them. Holds the private key in memory only; its {@code toString} never shows it.
 */
public final class LoopbackTls {

    private final ServerIdentity identity;
    private final EmulatorTls trust;

    private LoopbackTls(ServerIdentity identity, EmulatorTls trust) {
        this.identity = identity;
        this.trust = trust;
    }

    /** Makes a certificate now and writes its trust material (truststore and PEM files) into {@code dir}. */
    public static LoopbackTls generate(Path dir) {
        ServerIdentity identity = ServerIdentity.generated();
        try {
            return new LoopbackTls(identity, EmulatorTls.write(identity.certificate(), dir));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the trust material into " + dir, e);
        }
    }

    /** A server-side SSLContext presenting the certificate (for an {@code SSLServerSocket} or an HttpsServer). */
    public SSLContext serverSslContext() {
        return identity.serverContext();
    }

    /** What clients need to trust the certificate. */
    public EmulatorTls trust() {
        return trust;
    }

    ServerIdentity identity() {
        return identity;
    }

    @Override
    public String toString() {
        return "LoopbackTls[" + identity + "]";
    }
}
