package io.github.camellalal.emulator;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;

/**
 * Runs the emulator standalone: {@code java -jar camel-lalal-emulator-<version>-standalone.jar [--port N]
 * [--license KEY[:paid|starter|free[:minutes]]] [--task-duration 5s] [--separate-download-host] [--tls]}. Without
 * {@code --port} it takes any free port (8080 would clash with a Spring Boot application beside it) and prints
 * its URL; with {@code --tls} also where the certificate (PEM) and a truststore for it are.
 */
public final class EmulatorMain {

    static final String USAGE = """
            Usage: java -jar camel-lalal-emulator-standalone.jar [options]
              --port N                      port on 127.0.0.1 (default 0: any free one, printed at start)
              --license KEY[:PLAN[:MIN]]    a license: PLAN paid (default), starter or free; MIN minutes
                                            (repeatable; default one paid license 'emulator-key')
              --task-duration D             how long a task runs, e.g. 5s, 500ms, 2m (default 5s)
              --separate-download-host      serve result tracks from a second port, like a CDN
              --check-rate-limit N          v1 check requests per license per rolling minute (default 30;
                                            0 turns the limit off)
              --queue-time D                v1: how long a task waits before processing (default 1s)
              --tls                         serve https with a certificate made at start (self-signed, for
                                            localhost and 127.0.0.1); prints where its PEM file (for
                                            curl --cacert) and a PKCS12 truststore (password emulator) are
              --tls-keystore PATH           serve https with the first key entry of this PKCS12 or JKS keystore
              --tls-password PW             the password of --tls-keystore and of its key
              --quirk NAME                  send what the service may beyond the contract's examples
                                            (repeatable): upload-size-expiry, archive-null, archive-object,
                                            unknown-fields, plain-names, hostile-names, no-names, redirects,
                                            preview-with-split, track-details
              --help                        this text""";

    private EmulatorMain() {
    }

    /** Starts the emulator and waits until the JVM is stopped. */
    public static void main(String[] args) throws InterruptedException {
        LalalEmulator.Builder builder;
        try {
            builder = parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.err.println(USAGE);
            System.exit(e.getMessage().startsWith("Usage") ? 0 : 2);
            return;
        }
        LalalEmulator emulator = builder.build().start();
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            emulator.stop();
            stopped.countDown();
        }));
        System.out.print(banner(emulator));
        stopped.await();
    }

    /** What the standalone emulator prints once it listens: its URLs, and with TLS where the trust material is. */
    static String banner(LalalEmulator emulator) {
        StringBuilder s = new StringBuilder()
                .append("LALAL.AI emulator: ").append(emulator.baseUrl()).append('\n')
                .append("Track downloads:   ").append(emulator.downloadBaseUrl()).append('\n');
        if (emulator.baseUrl().startsWith("https:")) {
            EmulatorTls tls = emulator.tls();
            s.append("Certificate (PEM, for curl --cacert): ").append(tls.certificatePem()).append('\n')
                    .append("Truststore (").append(tls.trustStoreType()).append(", password ")
                    .append(tls.trustStorePassword()).append("): ").append(tls.trustStore()).append('\n');
        }
        return s.toString();
    }

    /** Reads the arguments; throws IllegalArgumentException naming a bad one and what is allowed. */
    static LalalEmulator.Builder parse(String[] args) {
        LalalEmulator.Builder b = LalalEmulator.builder().port(0).taskDuration(Duration.ofSeconds(5));
        List<EmulatorLicense> licenses = new ArrayList<>();
        String keyStore = null;
        String keyStorePassword = null;
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            switch (a) {
                case "--help", "-h" -> throw new IllegalArgumentException(USAGE);
                case "--port" -> {
                    String v = value(args, ++i, a);
                    try {
                        int port = Integer.parseInt(v);
                        if (port < 0 || port > 65535) {
                            throw new NumberFormatException();
                        }
                        b.port(port);
                    } catch (NumberFormatException e) {
                        throw new IllegalArgumentException("--port: '" + v + "' is not a port; allowed: 0..65535");
                    }
                }
                case "--license" -> licenses.add(license(value(args, ++i, a)));
                case "--task-duration" -> b.taskDuration(duration(value(args, ++i, a), a));
                case "--separate-download-host" -> b.separateDownloadHost(true);
                case "--quirk" -> quirk(b, value(args, ++i, a));
                case "--check-rate-limit" -> b.checkRateLimit(rate(value(args, ++i, a)));
                case "--queue-time" -> b.taskQueueTime(duration(value(args, ++i, a), a));
                case "--tls" -> b.tls(true);
                case "--tls-keystore" -> keyStore = value(args, ++i, a);
                case "--tls-password" -> keyStorePassword = value(args, ++i, a);
                default -> throw new IllegalArgumentException("Unknown argument '" + a
                        + "'; allowed: --port, --license, --task-duration, --separate-download-host, --quirk, "
                        + "--check-rate-limit, --queue-time, --tls, --tls-keystore, --tls-password, --help");
            }
        }
        if (keyStore != null || keyStorePassword != null) {
            if (keyStore == null || keyStorePassword == null) {
                throw new IllegalArgumentException(keyStore == null ? "--tls-password needs --tls-keystore"
                        : "--tls-keystore needs --tls-password");
            }
            try {
                b.tls(Path.of(keyStore), keyStorePassword.toCharArray());
            } catch (IllegalArgumentException e) { // also InvalidPathException
                throw new IllegalArgumentException("--tls-keystore: " + e.getMessage());
            }
        }
        if (licenses.isEmpty()) {
            licenses.add(EmulatorLicense.paid("emulator-key"));
        }
        licenses.forEach(l -> {
            b.license(l);
            System.out.println("License " + EmulatorLicense.mask(l.key()) + " plan " + l.option() + ", "
                    + l.limitMinutes() + " minutes");
        });
        return b;
    }

    private static String value(String[] args, int i, String name) {
        if (i >= args.length || args[i].startsWith("--")) {
            throw new IllegalArgumentException(name + " needs a value");
        }
        return args[i];
    }

    static void quirk(LalalEmulator.Builder b, String name) {
        switch (name) {
            case "upload-size-expiry" -> b.uploadSizeAndExpiry(true);
            case "archive-null" -> b.archiveEntry(ArchiveEntry.NULL);
            case "archive-object" -> b.archiveEntry(ArchiveEntry.OBJECT);
            case "unknown-fields" -> b.unknownFields(true);
            case "plain-names" -> b.downloadNaming(DownloadNaming.PLAIN);
            case "hostile-names" -> b.downloadNaming(DownloadNaming.HOSTILE);
            case "no-names" -> b.downloadNaming(DownloadNaming.NONE);
            case "redirects" -> b.redirectMedia(true);
            case "preview-with-split" -> b.previewWithSplit(true);
            case "track-details" -> b.v1TrackDetails(true);
            default -> throw new IllegalArgumentException("--quirk: '" + name + "' is unknown; allowed: "
                    + "upload-size-expiry, archive-null, archive-object, unknown-fields, plain-names, hostile-names, "
                    + "no-names, redirects, preview-with-split, track-details");
        }
    }

    static int rate(String v) {
        try {
            int n = Integer.parseInt(v);
            if (n >= 0) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException("--check-rate-limit: '" + v + "' is not a count; allowed: 0 (off) or more");
    }

    static EmulatorLicense license(String spec) {
        String[] p = spec.split(":");
        if (p[0].isBlank() || p.length > 3) {
            throw new IllegalArgumentException("--license: '" + spec + "' is not KEY[:paid|starter|free[:minutes]]");
        }
        EmulatorLicense l = switch (p.length > 1 ? p[1].toLowerCase(Locale.ROOT) : "paid") {
            case "paid" -> EmulatorLicense.paid(p[0]);
            case "starter" -> EmulatorLicense.starter(p[0]);
            case "free" -> EmulatorLicense.free(p[0]);
            default -> throw new IllegalArgumentException("--license: plan '" + p[1]
                    + "' is unknown; allowed: paid, starter, free");
        };
        if (p.length == 3) {
            try {
                l = l.withMinutes(Double.parseDouble(p[2]));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("--license: minutes '" + p[2] + "' is not a number");
            }
        }
        return l;
    }

    static Duration duration(String v) {
        return duration(v, "--task-duration");
    }

    static Duration duration(String v, String flag) {
        String s = v.trim().toLowerCase(Locale.ROOT);
        try {
            if (s.endsWith("ms")) {
                return Duration.ofMillis(Long.parseLong(s.substring(0, s.length() - 2)));
            }
            if (s.endsWith("s")) {
                return Duration.ofMillis((long) (Double.parseDouble(s.substring(0, s.length() - 1)) * 1000));
            }
            if (s.endsWith("m")) {
                return Duration.ofMillis((long) (Double.parseDouble(s.substring(0, s.length() - 1)) * 60_000));
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException(flag + ": '" + v
                + "' is not a duration; allowed e.g. 500ms, 5s, 2m");
    }
}
