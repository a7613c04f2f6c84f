package io.github.camellalal.client.v0;

import io.github.camellalal.client.LalalClient;
import io.github.camellalal.client.LalalClientConfig;
import io.github.camellalal.client.UploadResult;
import java.io.InputStream;

/** Child JVM of {@link LargeUploadTest}: uploads a generated stream of unknown length, exit 0 when the size matches. */
public final class LargeUploadMain {

    static final long GIB = 1L << 30;

    private LargeUploadMain() {
    }

    public static void main(String[] args) {
        long size = Long.parseLong(args[2]);
        InputStream generated = new InputStream() {
            private long left = size;

            @Override
            public int read() {
                if (left <= 0) {
                    return -1;
                }
                left--;
                return (int) (left & 0x7F);
            }

            @Override
            public int read(byte[] b, int off, int len) {
                if (left <= 0) {
                    return -1;
                }
                int n = (int) Math.min(len, left);
                for (int i = 0; i < n; i++) {
                    b[off + i] = (byte) ((left - i) & 0x7F);
                }
                left -= n;
                return n;
            }
        };
        try (LalalClient client = LalalClient.create(LalalClientConfig.builder().baseUrl(args[0]).apiKey(args[1])
                .build())) {
            UploadResult result = client.upload("large.mp3", generated, -1);
            System.out.println("uploaded " + result.size() + " bytes as " + result.id()
                    + ", max heap " + Runtime.getRuntime().maxMemory() / (1 << 20) + " MiB");
            System.exit(result.size() == size ? 0 : 3);
        }
    }
}
