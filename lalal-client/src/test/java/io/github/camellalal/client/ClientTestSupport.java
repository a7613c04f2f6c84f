package io.github.camellalal.client;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import javax.net.ssl.SSLContext;
import org.junit.jupiter.api.AfterEach;

/** Clients against an emulator, closed after each test, and stereo WAV files with known samples. */
public abstract class ClientTestSupport {

    protected static final String KEY = "client-test-key-91b2";
    private final List<LalalClient> clients = new ArrayList<>();

    protected LalalClient client(String baseUrl, String key, int maxRetries, Duration responseTimeout) {
        return client(baseUrl, key, maxRetries, responseTimeout, null);
    }

    /** A client trusting {@code trust} for https ({@code null}: the JVM's default trust). */
    protected LalalClient client(String baseUrl, String key, int maxRetries, Duration responseTimeout,
            SSLContext trust) {
        LalalClient c = LalalClient.create(LalalClientConfig.builder().baseUrl(baseUrl).apiKey(key)
                .maxRetries(maxRetries).maxRetryWait(Duration.ofSeconds(2)).responseTimeout(responseTimeout)
                .sslContext(trust).build());
        clients.add(c);
        return c;
    }

    protected LalalClient client(String baseUrl) {
        return client(baseUrl, KEY, 2, Duration.ofSeconds(10));
    }

    @AfterEach
    protected void closeClients() {
        clients.forEach(LalalClient::close);
    }

    protected static short left(int i) {
        return (short) (9000 * Math.sin(i * 0.07));
    }

    protected static short right(int i) {
        return (short) (7000 * Math.cos(i * 0.013));
    }

    protected static byte[] wav(int frames) {
        ByteBuffer b = ByteBuffer.allocate(44 + frames * 4).order(ByteOrder.LITTLE_ENDIAN);
        b.put("RIFF".getBytes()).putInt(36 + frames * 4).put("WAVE".getBytes());
        b.put("fmt ".getBytes()).putInt(16).putShort((short) 1).putShort((short) 2).putInt(8000).putInt(32000)
                .putShort((short) 4).putShort((short) 16);
        b.put("data".getBytes()).putInt(frames * 4);
        for (int i = 0; i < frames; i++) {
            b.putShort(left(i)).putShort(right(i));
        }
        return b.array();
    }

    protected static short[] samples(byte[] wav) {
        ByteBuffer b = ByteBuffer.wrap(wav, 44, wav.length - 44).order(ByteOrder.LITTLE_ENDIAN);
        short[] s = new short[(wav.length - 44) / 2];
        for (int i = 0; i < s.length; i++) {
            s[i] = b.getShort();
        }
        return s;
    }

    protected static byte[] bytes(java.util.function.Consumer<ByteArrayOutputStream> writer) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        writer.accept(out);
        return out.toByteArray();
    }
}
