package io.github.camellalal.client.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import org.apache.hc.client5.http.io.ManagedHttpClientConnection;
import org.apache.hc.core5.util.Timeout;
import org.junit.jupiter.api.Test;

/**
 * The client's connections as HttpClient's pool sees them: named {@code lalal-<n>} in HttpClient's own logs, bound
 * to the socket they were made for, and without a read timeout while idle in the pool, the request's timeout
 * restored when taken out again.
 */
class QuietConnectionFactoryTest {

    private final QuietConnectionFactory factory = new QuietConnectionFactory();

    @Test
    void eachConnectionHasItsOwnName() throws Exception {
        ManagedHttpClientConnection a = factory.createConnection(null);
        ManagedHttpClientConnection b = factory.createConnection(null);

        assertThat(a.toString()).matches("lalal-\\d+");
        assertThat(b.toString()).matches("lalal-\\d+").isNotEqualTo(a.toString());
        assertThat(a.getSocket()).isNull();
        assertThat(a.isOpen()).isFalse();
    }

    @Test
    void aConnectionIsBoundToItsSocket() throws Exception {
        try (ServerSocket server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
                Socket socket = new Socket(InetAddress.getLoopbackAddress(), server.getLocalPort())) {
            ManagedHttpClientConnection connection = factory.createConnection(socket);
            assertThat(connection.getSocket()).isSameAs(socket);
            assertThat(connection.isOpen()).isTrue();
        }
    }

    @Test
    void anIdleConnectionHasNoReadTimeoutAndGetsItsOwnBack() throws Exception {
        try (ServerSocket server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
                Socket socket = new Socket(InetAddress.getLoopbackAddress(), server.getLocalPort())) {
            ManagedHttpClientConnection connection = factory.createConnection(socket);
            connection.activate();
            connection.setSocketTimeout(Timeout.ofSeconds(7));
            connection.activate();
            assertThat(connection.getSocketTimeout()).isEqualTo(Timeout.ofSeconds(7));

            connection.passivate();
            assertThat(connection.getSocketTimeout()).isEqualTo(Timeout.ZERO_MILLISECONDS);
            assertThat(socket.getSoTimeout()).isZero();

            connection.activate();
            assertThat(connection.getSocketTimeout()).isEqualTo(Timeout.ofSeconds(7));
            assertThat(socket.getSoTimeout()).isEqualTo(7000);
        }
    }
}
