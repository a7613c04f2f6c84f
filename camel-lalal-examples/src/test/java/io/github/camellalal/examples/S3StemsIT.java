package io.github.camellalal.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.github.camellalal.component.LalalComponent;
import io.github.camellalal.emulator.EmulatorLicense;
import io.github.camellalal.emulator.LalalEmulatorExtension;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import org.apache.camel.CamelContext;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.S3Object;

/** S3 in, LALAL.AI (emulator), S3 out, against a real S3-compatible server (Adobe S3Mock) on loopback. */
class S3StemsIT {

    @RegisterExtension
    static final LalalEmulatorExtension EMULATOR = LalalEmulatorExtension.builder()
            .license(EmulatorLicense.paid("s3-key")).taskDuration(Duration.ofMillis(500)).build();

    @TempDir
    Path dir;
    @TempDir
    Path s3root;

    private static List<String> keys(S3Client s3, String bucket) {
        return s3.listObjectsV2(b -> b.bucket(bucket)).contents().stream().map(S3Object::key).sorted().toList();
    }

    /** Only loopback: a connection to the port through another address of this host is refused. */
    @Test
    void s3MockListensOnLoopbackOnly() throws Exception {
        InetAddress other = NetworkInterface.networkInterfaces().filter(i -> {
            try {
                return i.isUp() && !i.isLoopback();
            } catch (java.net.SocketException e) {
                return false;
            }
        }).flatMap(NetworkInterface::inetAddresses).filter(a -> a instanceof java.net.Inet4Address).findFirst()
                .orElse(null);
        Assumptions.assumeTrue(other != null, "this host has no address but loopback");
        try (S3MockProcess server = new S3MockProcess(s3root)) {
            try (Socket s = new Socket(InetAddress.getLoopbackAddress(), server.port())) {
                assertThat(s.isConnected()).as("reachable on loopback").isTrue();
            }
            assertThatThrownBy(() -> new Socket(other, server.port()).close()).as("through " + other)
                    .isInstanceOf(java.net.ConnectException.class);
        }
    }

    @Test
    void stemsLandUnderAPrefixPerSourceAndTheSourceGoesOnlyAfterSuccess() throws Exception {
        try (S3MockProcess server = new S3MockProcess(s3root); S3Client s3 = server.client()) {
            s3.createBucket(b -> b.bucket("incoming"));
            s3.createBucket(b -> b.bucket("stems"));
            run(server, s3);
        }
    }

    private void run(S3MockProcess server, S3Client s3) throws Exception {
        Path wav = dir.resolve("mix.wav");
        DemoWavs.write(wav, 1, 440, 220);
        byte[] source = Files.readAllBytes(wav);
        s3.putObject(b -> b.bucket("incoming").key("mix.wav"), RequestBody.fromBytes(source));
        s3.putObject(b -> b.bucket("incoming").key("broken.wav"), RequestBody.fromString("RIFF1234WAVEbroken"));

        try (CamelContext context = new DefaultCamelContext()) {
            Properties p = new Properties();
            server.putRouteProperties(p, "incoming", "stems");
            context.getPropertiesComponent().setInitialProperties(p);
            LalalComponent lalal = context.getComponent("lalal", LalalComponent.class);
            lalal.getConfiguration().setApiKey("s3-key");
            lalal.getConfiguration().setBaseUrl(EMULATOR.baseUrl());
            context.addRoutes(new S3StemsRoute());
            context.start();

            await().atMost(Duration.ofSeconds(40)).until(() -> keys(s3, "incoming").isEmpty()
                    && keys(s3, "stems").size() == 4);
        }
        assertThat(keys(s3, "stems")).containsExactly("failed/broken.wav", "failed/broken.wav.error.txt",
                "mix.wav/mix_no_vocals_split_by_lalalai.wav", "mix.wav/mix_vocals_split_by_lalalai.wav");
        byte[] stem = s3.getObjectAsBytes(b -> b.bucket("stems").key("mix.wav/mix_vocals_split_by_lalalai.wav"))
                .asByteArray();
        assertThat(stem).hasSameSizeAs(source);
        ByteBuffer in = ByteBuffer.wrap(source).order(ByteOrder.LITTLE_ENDIAN);
        ByteBuffer out = ByteBuffer.wrap(stem).order(ByteOrder.LITTLE_ENDIAN);
        for (int at = 44; at < source.length; at += 4) {
            assertThat(out.getShort(at)).isEqualTo((short) ((in.getShort(at) + in.getShort(at + 2)) / 2));
        }
        assertThat(s3.getObjectAsBytes(b -> b.bucket("stems").key("failed/broken.wav")).asUtf8String())
                .isEqualTo("RIFF1234WAVEbroken");
        assertThat(s3.getObjectAsBytes(b -> b.bucket("stems").key("failed/broken.wav.error.txt")).asUtf8String())
                .contains("Unable to decode audio file");
    }
}
