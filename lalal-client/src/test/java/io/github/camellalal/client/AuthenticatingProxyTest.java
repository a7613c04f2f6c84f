package io.github.camellalal.client;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The test proxy itself, spoken to byte by byte: what tests of the client rely on it to do and to count. */
class AuthenticatingProxyTest {

    private static final String BASIC = "Basic " + Base64.getEncoder()
            .encodeToString("u:p".getBytes(StandardCharsets.UTF_8));

    private AuthenticatingProxy proxy;
    private HttpServer target;

    @BeforeEach
    void start() throws IOException {
        proxy = AuthenticatingProxy.start("u", "p");
        target = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        target.createContext("/", x -> {
            byte[] body = ("got " + x.getRequestBody().readAllBytes().length).getBytes(StandardCharsets.UTF_8);
            x.sendResponseHeaders(200, body.length);
            x.getResponseBody().write(body);
            x.close();
        });
        target.start();
    }

    @AfterEach
    void stop() {
        target.stop(0);
        proxy.close();
    }

    private String url() {
        return "http://127.0.0.1:" + target.getAddress().getPort() + "/echo";
    }

    /** Writes {@code request} on a new connection and reads the answers until they end with {@code last}. */
    private String exchange(String request, String last) throws IOException {
        try (Socket s = new Socket(proxy.host(), proxy.port())) {
            return exchange(s, request, last);
        }
    }

    private static String exchange(Socket s, String request, String last) throws IOException {
        s.setSoTimeout(5000);
        s.getOutputStream().write(request.getBytes(StandardCharsets.ISO_8859_1));
        InputStream in = s.getInputStream();
        StringBuilder got = new StringBuilder();
        byte[] buffer = new byte[8192];
        while (!got.toString().endsWith(last)) {
            int n = in.read(buffer);
            if (n < 0) {
                break;
            }
            got.append(new String(buffer, 0, n, StandardCharsets.ISO_8859_1));
        }
        return got.toString();
    }

    @Test
    void withoutCredentialsItChallengesAndKeepsTheConnectionForTheNextRequest() throws IOException {
        String answers = exchange("POST " + url() + " HTTP/1.1\r\nHost: x\r\nContent-Length: 3\r\n\r\nabc"
                + "GET " + url() + " HTTP/1.1\r\nHost: x\r\nProxy-Authorization: " + BASIC + "\r\n\r\n", "got 0");

        assertThat(answers).startsWith("HTTP/1.1 407 ").contains("Proxy-Authenticate: Basic realm=\"test\"")
                .contains("HTTP/1.1 200 ").endsWith("got 0");
        assertThat(proxy.challenges()).isEqualTo(1);
        assertThat(proxy.seen()).extracting(AuthenticatingProxy.Seen::credentials).containsExactly(
                AuthenticatingProxy.Credentials.NONE, AuthenticatingProxy.Credentials.VALID);
    }

    @Test
    void chunkedBodiesAreRelayedAndCountedAsCarryingTheCredentials() throws IOException {
        String answers = exchange("POST " + url() + "?key=secret HTTP/1.1\r\nHost: x\r\nProxy-Authorization: "
                + BASIC + "\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nhello\r\n6\r\n world\r\n0\r\n\r\n", "got 11");

        assertThat(answers).startsWith("HTTP/1.1 200 ").endsWith("got 11");
        assertThat(proxy.seen()).singleElement().satisfies(s -> {
            assertThat(s.kind()).isEqualTo(AuthenticatingProxy.Kind.FORWARD);
            assertThat(s.target()).isEqualTo(url() + "?...").doesNotContain("secret");
        });
    }

    @Test
    void tunnelsLeadOnlyToLoopback() throws IOException {
        String refused = exchange("CONNECT 192.0.2.1:443 HTTP/1.1\r\nProxy-Authorization: " + BASIC + "\r\n\r\n",
                "loopback");

        assertThat(refused).startsWith("HTTP/1.1 403 ");
        try (Socket s = new Socket(proxy.host(), proxy.port())) {
            OutputStream out = s.getOutputStream();
            out.write(("CONNECT 127.0.0.1:" + target.getAddress().getPort() + " HTTP/1.1\r\nProxy-Authorization: "
                    + BASIC + "\r\n\r\nGET /echo HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.ISO_8859_1));
            String tunnelled = new String(s.getInputStream().readAllBytes(), StandardCharsets.ISO_8859_1);
            assertThat(tunnelled).startsWith("HTTP/1.1 200 Connection established\r\n\r\nHTTP/1.1 200 ")
                    .endsWith("got 0");
        }
        assertThat(proxy.count(AuthenticatingProxy.Kind.CONNECT)).isEqualTo(2);
    }

    @Test
    void closeEndsOpenConnections() throws IOException {
        try (Socket kept = new Socket(proxy.host(), proxy.port())) {
            exchange(kept, "GET " + url() + " HTTP/1.1\r\nHost: x\r\nProxy-Authorization: " + BASIC + "\r\n\r\n",
                    "got 0");

            proxy.close();

            // the kept-alive connection ends at once, not at the read timeout
            assertThat(kept.getInputStream().read()).isEqualTo(-1);
        }
    }
}
