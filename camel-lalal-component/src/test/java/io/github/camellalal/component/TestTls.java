package io.github.camellalal.component;

import org.apache.camel.support.jsse.KeyStoreParameters;
import org.apache.camel.support.jsse.SSLContextParameters;
import org.apache.camel.support.jsse.TrustManagersParameters;

/** Camel's TLS settings as a user writes them for a private CA, for tests and their child JVMs. */
final class TestTls {

    private TestTls() {
    }

    /** Trusts the certificates of a PKCS12 truststore file. */
    static SSLContextParameters trusting(String trustStore, String password) {
        KeyStoreParameters store = new KeyStoreParameters();
        store.setResource("file:" + trustStore);
        store.setPassword(password);
        store.setType("PKCS12");
        TrustManagersParameters trust = new TrustManagersParameters();
        trust.setKeyStore(store);
        SSLContextParameters parameters = new SSLContextParameters();
        parameters.setTrustManagers(trust);
        return parameters;
    }
}
