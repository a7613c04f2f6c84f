package io.github.camellalal.emulator;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import javax.net.ssl.SSLContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A LALAL.AI-compatible HTTP server (API v0 and v1) on the loopback interface, for tests, examples and demos. Built on
 * the JDK's own HTTP server: no dependencies to clash with the application under test, and starts in milliseconds.
 * Plain http by default; https with {@link Builder#tls(boolean)}.
 */
public final class LalalEmulator implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(LalalEmulator.class);

    private final Builder settings;
    private final RequestLog requestLog = new RequestLog();
    private final FaultInjector faults = new FaultInjector();
    private final TlsHandshakeCounter handshakes = new TlsHandshakeCounter();
    private EmulatorState state;
    private EmulatorListeners listeners;
    /** Made at the first start and kept: after a restart, clients trust the emulator as before. */
    private ServerIdentity identity;
    private EmulatorTls tls;
    private Path storage;
    private boolean ownsStorage;

    private LalalEmulator(Builder settings) {
        this.settings = settings;
    }

    /** Starts a configuration. */
    public static Builder builder() {
        return new Builder();
    }

    /** Starts the server(s); returns this. */
    public synchronized LalalEmulator start() {
        if (listeners != null) {
            return this;
        }
        try {
            ownsStorage = settings.storageDir == null;
            storage = ownsStorage ? Files.createTempDirectory("lalal-emulator-") : settings.storageDir;
            SSLContext serverTls = null;
            if (settings.tls != null) {
                identity = identity != null ? identity : settings.tls.get();
                tls = EmulatorTls.write(identity.certificate(), storage.resolve("tls"));
                serverTls = handshakes.wrap(identity.serverContext());
                handshakes.clear();
            }
            listeners = EmulatorListeners.bind(settings.port, settings.separateDownloadHost, serverTls);
            ServiceQuirks quirks = settings.quirks();
            // With redirects, track URLs name the API host, which answers 302 to the download host.
            state = new EmulatorState(settings.clock, settings.taskDuration, settings.fileTtl, storage,
                    settings.uploadLimitWithLicense, settings.uploadLimitWithoutLicense,
                    quirks.redirectMedia() ? this::baseUrl : this::downloadBaseUrl, quirks);
            settings.licenses.forEach(state::addLicense);
            listeners.start(new RequestRouter(new EmulatorApi(state),
                    new V1Api(state, settings.taskQueueTime, settings.checkRateLimit), state, requestLog, faults,
                    new MediaServer(state, quirks, this::downloadBaseUrl)));
            LOG.info("LALAL.AI emulator listening on {} ({} license(s))", baseUrl(), settings.licenses.size());
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start the LALAL.AI emulator on port " + settings.port, e);
        }
    }

    /** Stops the server(s) and deletes the temporary storage. */
    public synchronized void stop() {
        if (listeners == null) {
            return;
        }
        listeners.stop();
        if (ownsStorage) {
            EmulatorApi.deleteQuietly(storage);
        }
        listeners = null;
        tls = null;
        LOG.info("LALAL.AI emulator stopped");
    }

    @Override
    public void close() {
        stop();
    }

    /** The base URL, e.g. {@code http://127.0.0.1:41234} (with TLS {@code https://...}), without a trailing slash. */
    public String baseUrl() {
        requireStarted();
        return listeners.apiUrl();
    }

    /** The port the API listens on. */
    public int port() {
        requireStarted();
        return listeners.apiPort();
    }

    /** Where the result tracks are served: the API's own address, or a second one (a CDN's, as it were). */
    public String downloadBaseUrl() {
        requireStarted();
        return listeners.downloadUrl();
    }

    /**
     * What clients need to trust an https emulator (see {@link Builder#tls(boolean)}): its certificate, a truststore
     * file and a client SSLContext.
     *
     * @throws IllegalStateException when the emulator serves plain http, or is not started
     */
    public EmulatorTls tls() {
        requireStarted();
        if (tls == null) {
            throw new IllegalStateException("The LALAL.AI emulator serves plain http: build it with tls(true) (or "
                    + "tls(keyStore, password)) to serve https and have trust material");
        }
        return tls;
    }

    /**
     * The connections that reached the https listener(s) and how their TLS handshakes ended, since the start (with
     * the JUnit extension: since the test began).
     *
     * @throws IllegalStateException when the emulator serves plain http, or is not started
     */
    public TlsConnections tlsConnections() {
        tls();
        return handshakes.snapshot();
    }

    void clearTlsConnections() {
        handshakes.clear();
    }

    /** Every request received. */
    public RequestLog requestLog() {
        return requestLog;
    }

    /** Misbehaviour for the next requests. */
    public FaultInjector faults() {
        return faults;
    }

    /** Moves the emulator's time forward: tasks progress, files expire. */
    public void advanceClock(Duration duration) {
        requireStarted();
        state.advance(duration);
    }

    /**
     * Makes the running task of a file (or its next one) end in {@code error} with this text; with v1, every running
     * task of the source (or its next one).
     */
    public void failTask(String fileId, String error) {
        requireStarted();
        state.failTask(fileId, error);
    }

    /** The v1 task ids started on a source, oldest first (e.g. to assert that a retried split made one task). */
    public List<String> v1TasksOf(String sourceId) {
        requireStarted();
        return state.v1TasksOf(sourceId);
    }

    /**
     * Gives a license a voice pack of its own, as the voice cloner would: listed by {@code /voice_packs/list/} to
     * that license and usable by it as {@code voice_pack_id}.
     *
     * @return the pack's uuid4 id
     */
    public String addVoicePack(String licenseKey, String name) {
        requireStarted();
        return state.voicePacks.add(licenseKey, name, state.now());
    }

    /** Adds or replaces a license. */
    public void addLicense(EmulatorLicense license) {
        settings.licenses.removeIf(l -> l.key().equals(license.key()));
        settings.licenses.add(license);
        if (state != null) {
            state.addLicense(license);
        }
    }

    /** A license and the minutes it has used. */
    public Optional<LicenseUsage> license(String key) {
        requireStarted();
        EmulatorLicense l = state.license(key);
        return l == null ? Optional.empty() : Optional.of(new LicenseUsage(l, state.minutesUsed(l)));
    }

    /**
     * A license and what it used.
     *
     * @param license     the license
     * @param usedMinutes processing minutes used so far
     */
    public record LicenseUsage(EmulatorLicense license, double usedMinutes) {
    }

    private void requireStarted() {
        if (listeners == null) {
            throw new IllegalStateException("The LALAL.AI emulator is not started");
        }
    }

    /** Settings of a {@link LalalEmulator}. */
    public static final class Builder {
        private int port;
        private final List<EmulatorLicense> licenses = new ArrayList<>();
        private Duration taskDuration = Duration.ofSeconds(2);
        private Duration fileTtl = Duration.ofDays(1);
        private Clock clock = Clock.systemUTC();
        private Path storageDir;
        private long uploadLimitWithLicense = 2L << 30;
        private long uploadLimitWithoutLicense = 1L << 30;
        private boolean separateDownloadHost;
        private boolean uploadSizeAndExpiry;
        private ArchiveEntry archiveEntry = ArchiveEntry.ABSENT;
        private boolean unknownFields;
        private DownloadNaming downloadNaming = DownloadNaming.RFC6266;
        private boolean redirectMedia;
        private boolean previewWithSplit;
        private boolean v1TrackDetails;
        private int checkRateLimit = 30;
        private Duration taskQueueTime = Duration.ofSeconds(1);
        /** Where the https identity comes from; {@code null} for plain http. */
        private Supplier<ServerIdentity> tls;

        private Builder() {
        }

        /** The port, 0 (default) for a free one. */
        public Builder port(int port) {
            this.port = port;
            return this;
        }

        /** A license the emulator accepts. */
        public Builder license(EmulatorLicense license) {
            licenses.add(license);
            return this;
        }

        /** How long a task takes from progress 0 to its end (default 2 s). */
        public Builder taskDuration(Duration d) {
            this.taskDuration = d;
            return this;
        }

        /** How long uploads and results live (default one day). */
        public Builder fileTtl(Duration d) {
            this.fileTtl = d;
            return this;
        }

        /** The clock (default the system's). */
        public Builder clock(Clock clock) {
            this.clock = clock;
            return this;
        }

        /** Where uploads and tracks are kept (default a temporary directory deleted on stop). */
        public Builder storageDir(Path dir) {
            this.storageDir = dir;
            return this;
        }

        /** The upload limit with a valid license (default 2 GiB). */
        public Builder uploadLimitWithLicense(long bytes) {
            this.uploadLimitWithLicense = bytes;
            return this;
        }

        /** The upload limit with an unknown license (default 1 GiB). */
        public Builder uploadLimitWithoutLicense(long bytes) {
            this.uploadLimitWithoutLicense = bytes;
            return this;
        }

        /** Serve result tracks from a second address, so track URLs point to another host (default false). */
        public Builder separateDownloadHost(boolean separate) {
            this.separateDownloadHost = separate;
            return this;
        }

        /**
         * Upload answers carry the optional {@code size} and {@code expires} (default false: only {@code status},
         * {@code id} and {@code duration}, as the contract's example shows).
         */
        public Builder uploadSizeAndExpiry(boolean send) {
            this.uploadSizeAndExpiry = send;
            return this;
        }

        /** The {@code archive} entry of check answers (default {@link ArchiveEntry#ABSENT}). */
        public Builder archiveEntry(ArchiveEntry entry) {
            this.archiveEntry = java.util.Objects.requireNonNull(entry, "entry");
            return this;
        }

        /**
         * Every JSON object of every answer (top level, file entries, tracks, task, limits) carries a field the
         * contract does not know, {@code emulator_unknown_field}, whose value is an object (default false).
         */
        public Builder unknownFields(boolean send) {
            this.unknownFields = send;
            return this;
        }

        /** How track downloads name their file (default {@link DownloadNaming#RFC6266}). */
        public Builder downloadNaming(DownloadNaming naming) {
            this.downloadNaming = java.util.Objects.requireNonNull(naming, "naming");
            return this;
        }

        /**
         * Track URLs point at the API's own host and answer {@code 302 Found} to the URL that serves the track, on
         * the download host when {@link #separateDownloadHost(boolean)} is on, with a token in its query (default
         * false).
         */
        public Builder redirectMedia(boolean redirect) {
            this.redirectMedia = redirect;
            return this;
        }

        /**
         * A finished split of a paid (or starter) license carries a 30-second {@code preview} beside its
         * {@code split} (or {@code player}) result (default false: only the plan's own result).
         */
        public Builder previewWithSplit(boolean both) {
            this.previewWithSplit = both;
            return this;
        }

        /**
         * v1 tracks in check answers also carry the optional {@code name} (the file name), {@code size} (bytes),
         * {@code playlist_file} and {@code waveform} (both {@code null}) (default false: {@code label}, {@code type}
         * and {@code url}, as the contract's check example shows).
         */
        public Builder v1TrackDetails(boolean send) {
            this.v1TrackDetails = send;
            return this;
        }

        /**
         * v1: at most this many check requests per license in any rolling minute (default 30, as the service
         * documents); more get {@code 429} with {@code Retry-After}. 0 turns the limit off.
         */
        public Builder checkRateLimit(int perMinute) {
            if (perMinute < 0) {
                throw new IllegalArgumentException("checkRateLimit must be 0 (off) or positive: " + perMinute);
            }
            this.checkRateLimit = perMinute;
            return this;
        }

        /**
         * v1: how long a new task waits in the queue (progress 0) before processing starts (default 1 s); its
         * idempotency key can be reused only during that time. The task then runs for the task duration.
         */
        public Builder taskQueueTime(Duration d) {
            if (d.isNegative()) {
                throw new IllegalArgumentException("taskQueueTime must not be negative: " + d);
            }
            this.taskQueueTime = d;
            return this;
        }

        /**
         * Serve the API over https (default false) with a certificate generated at start: self-signed EC P-256 for
         * {@code localhost} and {@code 127.0.0.1}, valid from an hour ago for seven days; clients trust it through
         * {@link LalalEmulator#tls()}. A separate download host is https too.
         */
        public Builder tls(boolean https) {
            this.tls = https ? ServerIdentity::generated : null;
            return this;
        }

        /**
         * https with a certificate shared with the test's own https servers (see {@link LoopbackTls}); the
         * emulator's {@link LalalEmulator#tls()} then trusts that certificate.
         */
        public Builder tls(LoopbackTls shared) {
            java.util.Objects.requireNonNull(shared, "shared");
            this.tls = shared::identity;
            return this;
        }

        /**
         * Serve the API over https with the first private key entry of a PKCS12 or JKS keystore, its key under the
         * same password. The keystore is read now; the password is not kept.
         *
         * @throws IllegalArgumentException naming the file when it cannot be read or holds no private key
         */
        public Builder tls(Path keyStore, char[] password) {
            ServerIdentity identity = ServerIdentity.fromKeyStore(keyStore, password);
            this.tls = () -> identity;
            return this;
        }

        int checkRateLimit() {
            return checkRateLimit;
        }

        Duration taskQueueTime() {
            return taskQueueTime;
        }

        ServiceQuirks quirks() {
            return new ServiceQuirks(uploadSizeAndExpiry, archiveEntry, unknownFields, downloadNaming, redirectMedia,
                    previewWithSplit, v1TrackDetails);
        }

        /** Builds the emulator (not started). */
        public LalalEmulator build() {
            return new LalalEmulator(this);
        }
    }
}
