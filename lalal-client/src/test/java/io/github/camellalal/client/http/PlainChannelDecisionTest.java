package io.github.camellalal.client.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.channels.SocketChannel;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocket;
import org.apache.hc.core5.http.impl.io.SocketHolder;
import org.junit.jupiter.api.Test;

/**
 * Which connections may move bodies through the socket's channel, bypassing its streams. Only a plain connection:
 * under TLS the channel beneath the TLS socket carries the encrypted records, so a body written there leaves in
 * clear and a body read there is ciphertext.
 */
class PlainChannelDecisionTest {

    @Test
    void aPlainChannelSocketHasItsChannel() throws Exception {
        try (ServerSocket server = loopbackServer(); Socket base = channelSocketTo(server)) {
            assertThat(QuietConnectionFactory.plainChannel(new SocketHolder(base))).isSameAs(base.getChannel());
        }
    }

    @Test
    void aTlsSocketLayeredOverAChannelSocketNeverGetsTheChannel() throws Exception {
        try (ServerSocket server = loopbackServer(); Socket base = channelSocketTo(server);
                SSLSocket tls = (SSLSocket) SSLContext.getDefault().getSocketFactory().createSocket(base,
                        "127.0.0.1", server.getLocalPort(), false)) {
            // the trap: the TLS socket answers with the channel of the socket beneath it
            assertThat(tls.getChannel()).isSameAs(base.getChannel());
            assertThat(QuietConnectionFactory.plainChannel(new SocketHolder(tls, base))).isNull();
            assertThat(QuietConnectionFactory.plainChannel(new SocketHolder(tls))).isNull();
        }
    }

    @Test
    void noSocketNoChannel() {
        assertThat(QuietConnectionFactory.plainChannel(null)).isNull();
    }

    @Test
    void onlyDirectPlainHttpConnectionsGetChannelSockets() throws Exception {
        HttpClientFactory.SchemeSockets direct = new HttpClientFactory.SchemeSockets(true);
        try (Socket http = direct.create("http", null); Socket https = direct.create("https", null)) {
            assertThat(http.getChannel()).isNotNull();
            // a TLS socket is layered over a plain socket: no blocking-mode switches on every timed read
            assertThat(https.getChannel()).isNull();
        }
        try (Socket proxied = new HttpClientFactory.SchemeSockets(false).create("http", null)) {
            // through an HTTP proxy a CONNECT tunnel may carry TLS over this socket
            assertThat(proxied.getChannel()).isNull();
        }
    }

    private static ServerSocket loopbackServer() throws Exception {
        return new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
    }

    private static Socket channelSocketTo(ServerSocket server) throws Exception {
        SocketChannel channel = SocketChannel.open(new InetSocketAddress(InetAddress.getLoopbackAddress(),
                server.getLocalPort()));
        return channel.socket();
    }
}
