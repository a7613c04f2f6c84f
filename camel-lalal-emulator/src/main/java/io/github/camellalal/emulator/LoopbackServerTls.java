package io.github.camellalal.emulator;

import java.io.IOException;
import java.nio.file.Path;
import javax.net.ssl.SSLContext;

/**
 * A freshly generated key and self-signed certificate for {@code localhost} and {@code 127.0.0.1} (the same kind an
 * https emulator makes), for a test's own TLS server beside the emulator, e.g. a benchmark's sink: the server side
 * as an {@link SSLContext} holding the key, the client side as the trust material an https emulator hands out.
 * The key stays in memory; only the certificate is written.
 */
public final class LoopbackServerTls {

    private final SSLContext serverContext;
    private final EmulatorTls trust;

    private LoopbackServerTls(SSLContext serverContext, EmulatorTls trust) {
        this.serverContext = serverContext;
        this.trust = trust;
    }

    /**
     * Generates the key and certificate, and writes the certificate's truststore and PEM file into {@code dir}
     * (see {@link EmulatorTls}); the caller deletes them.
     */
    public static LoopbackServerTls generate(Path dir) throws IOException {
        ServerIdentity identity = ServerIdentity.generated();
        return new LoopbackServerTls(identity.serverContext(), EmulatorTls.write(identity.certificate(), dir));
    }

    /** A server-side context presenting the certificate, e.g. for {@code getServerSocketFactory()}. */
    public SSLContext serverSslContext() {
        return serverContext;
    }

    /** What clients need to trust the server: the certificate, a PKCS12 truststore, a PEM file, an SSLContext. */
    public EmulatorTls trust() {
        return trust;
    }

    @Override
    public String toString() {
        return "LoopbackServerTls[" + trust.certificate().getSubjectX500Principal() + "]";
    }
}
