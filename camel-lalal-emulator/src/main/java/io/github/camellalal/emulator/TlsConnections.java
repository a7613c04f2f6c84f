package io.github.camellalal.emulator;

/**
 * What reached an https emulator's listeners (the API's and the download host's together), counted per connection.
 * A connection is counted as accepted once the server starts TLS on it, which the JDK's server does when the first
 * bytes (or the client's close) arrive; it then ends up in exactly one of completed or failed, unless it is still
 * in its handshake. A client that sends plain http to the https port is a failed handshake, never a request.
 *
 * @param accepted            connections the server started TLS on
 * @param handshakesCompleted connections whose TLS handshake completed
 * @param handshakesFailed    connections whose handshake failed (not TLS, a certificate the client refused, an
 *                            alert) or that closed before it completed
 */
public record TlsConnections(long accepted, long handshakesCompleted, long handshakesFailed) {

    /** Connections accepted whose handshake has neither completed nor failed yet. */
    public long inHandshake() {
        return accepted - handshakesCompleted - handshakesFailed;
    }
}
