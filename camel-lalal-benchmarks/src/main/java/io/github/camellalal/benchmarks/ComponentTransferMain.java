package io.github.camellalal.benchmarks;

import io.github.camellalal.client.UploadResult;
import io.github.camellalal.component.LalalComponent;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.StreamCache;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.jsse.KeyStoreParameters;
import org.apache.camel.support.jsse.SSLContextParameters;
import org.apache.camel.support.jsse.TrustManagersParameters;

/**
 * The component's side of the transfer rows, run in a fresh JVM (the runner gives it {@code -Xmx64m}): a route with
 * Camel's defaults uploads a file with {@code lalal:upload}, or downloads a track with {@code lalal:download} until
 * the track is on disk (the body a spooled stream cache; a plain stream body is written to a file, as curl does).
 * Over https it trusts the truststore {@code -Dbench.trustStore} (PKCS12, password
 * {@code -Dbench.trustStorePassword}) through the component's {@code sslContextParameters}, as a user would.
 * Prints {@link ChildResult#line}; the time excludes JVM and Camel start.
 */
public final class ComponentTransferMain {

    private ComponentTransferMain() {
    }

    /**
     * Args: {@code up <baseUrl> <file>} or {@code down|both <baseUrl> <bytes> <target file>}; system property
     * {@code bench.streamCaching=false} turns Camel's stream caching off.
     */
    public static void main(String[] args) throws Exception {
        ChildResult.sampleHeap();
        CamelContext camel = new DefaultCamelContext();
        camel.setStreamCaching(Boolean.parseBoolean(System.getProperty("bench.streamCaching", "true")));
        LalalComponent lalal = new LalalComponent();
        lalal.getConfiguration().setBaseUrl(args[1]);
        lalal.getConfiguration().setApiKey("bench-key");
        if (System.getProperty("bench.trustStore") != null) {
            lalal.getConfiguration().setSslContextParameters(trusting(System.getProperty("bench.trustStore"),
                    System.getProperty("bench.trustStorePassword", "")));
        }
        camel.addComponent("lalal", lalal);
        camel.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:up").to("lalal:upload");
                from("direct:down").to("lalal:download").process(e -> storeTrack(e, Path.of(args[3])));
                from("direct:both").to("lalal:download?track=both")
                        .split(body()).process(e -> storeTrack(e, Path.of(args[3] + "." + e.getProperty(
                                Exchange.SPLIT_INDEX))));
            }
        });
        camel.start();
        try {
            ProducerTemplate template = camel.createProducerTemplate();
            long warmup = Long.getLong("bench.warmupBytes", 0);
            if (warmup > 0) {
                // one untimed small transfer: class loading, JIT and connection set-up are not throughput
                if (args[0].equals("up")) {
                    Path small = BenchFiles.sample(Path.of(args[2]).resolveSibling("warmup.wav"), warmup);
                    transfer(template, args[0], args[1], small.toString());
                    Files.delete(small);
                } else {
                    transfer(template, args[0], args[1], String.valueOf(warmup));
                }
            }
            long startedCpu = ChildResult.processCpuNanos();
            long started = System.nanoTime();
            long bytes = transfer(template, args[0], args[1], args[2]);
            System.out.println(ChildResult.line(started, startedCpu, bytes));
        } finally {
            camel.close();
        }
    }

    /** Camel's TLS settings trusting a PKCS12 truststore file, as a route's configuration would give them. */
    private static SSLContextParameters trusting(String trustStore, String password) {
        KeyStoreParameters store = new KeyStoreParameters();
        store.setResource("file:" + trustStore);
        store.setPassword(password);
        store.setType("PKCS12");
        TrustManagersParameters trust = new TrustManagersParameters();
        trust.setKeyStore(store);
        SSLContextParameters tls = new SSLContextParameters();
        tls.setTrustManagers(trust);
        return tls;
    }

    private static long transfer(ProducerTemplate template, String op, String baseUrl, String what) throws Exception {
        if (op.equals("up")) {
            return template.requestBody("direct:up", Path.of(what).toFile(), UploadResult.class).size();
        }
        long size = Long.parseLong(what);
        String url = baseUrl + "/media/" + size + "/bench_vocals.mp3";
        Exchange done = template.request("direct:" + op, e -> e.getMessage().setHeaders(Map.of(
                "CamelLalalStemTrackUrl", url, "CamelLalalBackTrackUrl", url.replace("vocals", "no_vocals"))));
        if (done.getException() != null) {
            throw done.getException();
        }
        return size * (op.equals("both") ? 2 : 1);
    }

    /** A stream cache is already on disk (or small); a plain stream is written to a file, once. */
    private static void storeTrack(Exchange e, Path target) throws Exception {
        Object body = e.getMessage().getBody();
        long expected = e.getMessage().getHeader("CamelLalalSize", -1L, Long.class);
        long length;
        if (body instanceof StreamCache cache && cache.length() > 0) {
            length = cache.length();
        } else if (body instanceof java.io.File f) {
            length = f.length();
        } else {
            try (InputStream in = e.getMessage().getMandatoryBody(InputStream.class);
                 OutputStream out = Files.newOutputStream(target)) {
                length = in.transferTo(out);
            }
        }
        if (expected >= 0 && length != expected) {
            throw new IllegalStateException("track of " + length + " bytes, expected " + expected);
        }
    }
}
