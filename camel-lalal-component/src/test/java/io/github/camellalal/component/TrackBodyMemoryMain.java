package io.github.camellalal.component;

import io.github.camellalal.client.UploadResult;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;

/**
 * Child JVM of {@link TrackBodyMemoryIT}, run with {@code -Xmx64m} and Camel's defaults (stream caching on, its
 * spooling off): uploads a large file picked up by a file consumer, downloads one large track into a file endpoint
 * and both tracks through a splitter, then exits (System.exit) while a spooled track is in flight.
 * Exits 0 when every step saw the right sizes and left no spool file behind.
 */
public final class TrackBodyMemoryMain {

    private TrackBodyMemoryMain() {
    }

    /**
     * Args: emulator base URL, license key, track server base URL, spool dir, work dir, size in bytes, and over https
     * the truststore file and its password.
     */
    public static void main(String[] args) throws Exception {
        Path spool = Path.of(args[3]);
        Path work = Path.of(args[4]);
        long size = Long.parseLong(args[5]);
        CamelContext camel = new DefaultCamelContext();
        LalalComponent lalal = new LalalComponent();
        lalal.getConfiguration().setBaseUrl(args[0]);
        lalal.getConfiguration().setApiKey(args[1]);
        lalal.setSpoolDirectory(spool.toString());
        if (args.length > 7) {
            lalal.getConfiguration().setSslContextParameters(TestTls.trusting(args[6], args[7]));
        }
        camel.addComponent("lalal", lalal);
        CountDownLatch uploaded = new CountDownLatch(1);
        AtomicReference<UploadResult> upload = new AtomicReference<>();
        camel.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("file:" + work.resolve("inbox") + "?noop=true&initialDelay=0&delay=50").to("lalal:upload")
                        .process(e -> {
                            upload.set(e.getMessage().getBody(UploadResult.class));
                            uploaded.countDown();
                        });
                from("direct:one").to("lalal:download")
                        .process(e -> e.setProperty("copyStarted", System.nanoTime()))
                        .to("file:" + work.resolve("one"))
                        .process(e -> System.out.println("file endpoint wrote the spooled track in "
                                + (System.nanoTime() - e.getProperty("copyStarted", Long.class)) / 1_000_000 + " ms"));
                from("direct:both").to("lalal:download?track=both").split(body()).process(e -> {
                    try (InputStream in = e.getMessage().getBody(InputStream.class)) {
                        long n = in.transferTo(OutputStream.nullOutputStream());
                        require(n == size, "both: read " + n + " bytes of " + size);
                    }
                    require(spoolFiles(spool) == 2, "both: two spooled tracks while the exchange runs");
                });
                from("direct:exit").to("lalal:download").process(e -> {
                    require(spoolFiles(spool) == 1, "exit: one spooled track in flight");
                    System.out.println("exiting with a spooled track in flight");
                    System.exit(0);
                });
            }
        });
        camel.start();
        ProducerTemplate template = camel.createProducerTemplate();

        require(uploaded.await(2, TimeUnit.MINUTES), "upload finished");
        require(upload.get().size() == size, "uploaded " + upload.get().size() + " bytes");
        System.out.println("uploaded " + size + " bytes, heap max " + Runtime.getRuntime().maxMemory() / (1 << 20)
                + " MiB");

        String stem = args[2] + "/track/" + size + "/large_vocals.mp3";
        String back = args[2] + "/track/" + size + "/large_no_vocals.mp3";
        send(template, "direct:one", stem, back);
        require(Files.size(work.resolve("one/large_vocals.mp3")) == size, "file endpoint wrote the whole track");
        require(spoolFiles(spool) == 0, "one: no spool file after the exchange");
        send(template, "direct:both", stem, back);
        require(spoolFiles(spool) == 0, "both: no spool file after the exchange");
        System.out.println("downloads done, heap max " + Runtime.getRuntime().maxMemory() / (1 << 20) + " MiB");

        send(template, "direct:exit", args[2] + "/track/" + (4 << 20) + "/exit_vocals.mp3", back);
        require(false, "System.exit in the route returned");
    }

    private static void send(ProducerTemplate template, String uri, String stem, String back) throws Exception {
        Exchange done = template.send(uri, e -> e.getMessage().setHeaders(Map.of(LalalConstants.STEM_TRACK_URL, stem,
                LalalConstants.BACK_TRACK_URL, back)));
        if (done.getException() != null) {
            throw done.getException();
        }
    }

    private static long spoolFiles(Path spool) throws Exception {
        try (Stream<Path> files = Files.list(spool)) {
            return files.count();
        }
    }

    private static void require(boolean ok, String what) {
        if (!ok) {
            System.out.println("FAILED: " + what);
            System.exit(3);
        }
    }
}
