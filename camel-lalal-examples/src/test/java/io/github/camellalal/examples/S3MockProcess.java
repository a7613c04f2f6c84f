package io.github.camellalal.examples;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.awaitility.Awaitility;

/**
 * A real S3-compatible server, Adobe S3Mock's executable jar, in a child JVM, listening on 127.0.0.1 only: its
 * HTTPS connector through {@code server.address}, its plain-HTTP one (which S3Mock binds to every interface) through
 * {@code s3mock-loopback.xml}, a bean definition added to its Spring context.
 */
final class S3MockProcess implements AutoCloseable {

    private final Process process;
    private final int port;

    S3MockProcess(Path root) throws IOException {
        String jar = System.getProperty("s3mock.jar");
        if (jar == null || !Files.isRegularFile(Path.of(jar))) {
            throw new IllegalStateException("S3Mock's jar is missing (system property s3mock.jar = " + jar
                    + "): run the ITs through Maven (mvn verify), which fetches it");
        }
        port = freePort();
        Path loopback = Files.createTempFile("s3mock-loopback", ".xml");
        try (InputStream in = S3MockProcess.class.getResourceAsStream("/s3mock-loopback.xml")) {
            Files.copy(in, loopback, StandardCopyOption.REPLACE_EXISTING);
        }
        loopback.toFile().deleteOnExit();
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        process = new ProcessBuilder(java, "-Xmx384m", "-jar", jar,
                "--spring.main.sources=" + loopback.toUri(), "--server.address=127.0.0.1", "--server.port=0",
                "--com.adobe.testing.s3mock.http-port=" + port, "--com.adobe.testing.s3mock.store.root=" + root,
                "--logging.level.root=WARN")
                .redirectErrorStream(true).redirectOutput(File.createTempFile("s3mock", ".log")).start();
        HttpClient http = HttpClient.newHttpClient();
        Awaitility.await("S3Mock started").atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(250))
                .ignoreExceptions().until(() -> {
                    if (!process.isAlive()) {
                        throw new IllegalStateException("S3Mock exited with " + process.exitValue());
                    }
                    return http.send(HttpRequest.newBuilder(URI.create(endpoint() + "/")).build(),
                            HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
                });
    }

    /** The port of the plain-HTTP connector the tests use. */
    int port() {
        return port;
    }

    String endpoint() {
        return "http://127.0.0.1:" + port;
    }

    /** An AWS SDK client for this server. */
    software.amazon.awssdk.services.s3.S3Client client() {
        return software.amazon.awssdk.services.s3.S3Client.builder().endpointOverride(URI.create(endpoint()))
                .region(software.amazon.awssdk.regions.Region.US_EAST_1).forcePathStyle(true)
                .credentialsProvider(software.amazon.awssdk.auth.credentials.StaticCredentialsProvider.create(
                        software.amazon.awssdk.auth.credentials.AwsBasicCredentials.create("any", "any")))
                .build();
    }

    /** The {@code s3.*} properties the example routes read, pointing at this server. */
    void putRouteProperties(java.util.Properties p, String inBucket, String outBucket) {
        p.put("s3.inBucket", inBucket);
        p.put("s3.outBucket", outBucket);
        p.put("s3.accessKey", "any");
        p.put("s3.secretKey", "any");
        p.put("s3.region", "us-east-1");
        p.put("s3.overrideEndpoint", "true");
        p.put("s3.endpoint", endpoint());
        p.put("s3.forcePathStyle", "true");
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(20, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }
}
