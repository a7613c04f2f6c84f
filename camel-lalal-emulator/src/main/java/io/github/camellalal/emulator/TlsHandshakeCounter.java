package io.github.camellalal.emulator;

import java.security.KeyManagementException;
import java.security.SecureRandom;
import java.util.concurrent.atomic.AtomicLong;
import javax.net.ssl.KeyManager;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLContextSpi;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLServerSocketFactory;
import javax.net.ssl.SSLSessionContext;
import javax.net.ssl.SSLSocketFactory;
import javax.net.ssl.TrustManager;

/**
 * Counts the TLS connections of the emulator's https listeners and how their handshakes end. The JDK's https server
 * has no hook per connection, but it asks its SSLContext for one SSLEngine per connection: {@link #wrap} gives it a
 * context whose engines report to this counter (see {@link CountingSslEngine}).
 */
final class TlsHandshakeCounter {

    private final AtomicLong accepted = new AtomicLong();
    private final AtomicLong completed = new AtomicLong();
    private final AtomicLong failed = new AtomicLong();

    /** The same context, but each engine it creates counts a connection and the end of its handshake. */
    SSLContext wrap(SSLContext context) {
        return new CountingContext(context, this);
    }

    void accepted() {
        accepted.incrementAndGet();
    }

    void completed() {
        completed.incrementAndGet();
    }

    void failed() {
        failed.incrementAndGet();
    }

    TlsConnections snapshot() {
        // completed and failed first: a handshake ending meanwhile never shows more ended than accepted
        long c = completed.get();
        long f = failed.get();
        return new TlsConnections(Math.max(accepted.get(), c + f), c, f);
    }

    void clear() {
        accepted.set(0);
        completed.set(0);
        failed.set(0);
    }

    /** An SSLContext around an initialised one; only engine creation differs. */
    private static final class CountingContext extends SSLContext {
        CountingContext(SSLContext context, TlsHandshakeCounter counter) {
            super(new Spi(context, counter), context.getProvider(), context.getProtocol());
        }
    }

    private static final class Spi extends SSLContextSpi {
        private final SSLContext context;
        private final TlsHandshakeCounter counter;

        Spi(SSLContext context, TlsHandshakeCounter counter) {
            this.context = context;
            this.counter = counter;
        }

        @Override
        protected void engineInit(KeyManager[] km, TrustManager[] tm, SecureRandom sr) throws KeyManagementException {
            throw new KeyManagementException("The emulator's SSLContext is initialised already");
        }

        @Override
        protected SSLSocketFactory engineGetSocketFactory() {
            return context.getSocketFactory();
        }

        @Override
        protected SSLServerSocketFactory engineGetServerSocketFactory() {
            return context.getServerSocketFactory();
        }

        @Override
        protected SSLEngine engineCreateSSLEngine() {
            return new CountingSslEngine(context.createSSLEngine(), counter);
        }

        @Override
        protected SSLEngine engineCreateSSLEngine(String host, int port) {
            return new CountingSslEngine(context.createSSLEngine(host, port), counter);
        }

        @Override
        protected SSLSessionContext engineGetServerSessionContext() {
            return context.getServerSessionContext();
        }

        @Override
        protected SSLSessionContext engineGetClientSessionContext() {
            return context.getClientSessionContext();
        }

        @Override
        protected SSLParameters engineGetDefaultSSLParameters() {
            return context.getDefaultSSLParameters();
        }

        @Override
        protected SSLParameters engineGetSupportedSSLParameters() {
            return context.getSupportedSSLParameters();
        }
    }
}
