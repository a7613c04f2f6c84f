package io.github.camellalal.emulator;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Runs a {@link LalalEmulator} for JUnit 5 tests. As a static {@code @RegisterExtension} field it starts once before
 * all tests of the class and stops after them; as an instance field, around each test. Before each test the request
 * log, planned faults and TLS connection counts are cleared. Test methods can take the {@link LalalEmulator} as a
 * parameter.
 */
public final class LalalEmulatorExtension
        implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback, AfterEachCallback, ParameterResolver {

    private final LalalEmulator emulator;
    private boolean perClass;

    private LalalEmulatorExtension(LalalEmulator emulator) {
        this.emulator = emulator;
    }

    /** Starts a configuration. */
    public static Builder builder() {
        return new Builder();
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        perClass = true;
        emulator.start();
    }

    @Override
    public void afterAll(ExtensionContext context) {
        emulator.stop();
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        if (!perClass) {
            emulator.start();
        }
        emulator.requestLog().clear();
        emulator.faults().clear();
        emulator.clearTlsConnections();
    }

    @Override
    public void afterEach(ExtensionContext context) {
        if (!perClass) {
            emulator.stop();
        }
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == LalalEmulator.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return emulator.start();
    }

    /** The running emulator. */
    public LalalEmulator emulator() {
        return emulator;
    }

    /** The emulator's base URL. */
    public String baseUrl() {
        return emulator.start().baseUrl();
    }

    /** The emulator's trust material; see {@link LalalEmulator#tls()}. */
    public EmulatorTls tls() {
        return emulator.start().tls();
    }

    /** The emulator's request log. */
    public RequestLog requestLog() {
        return emulator.requestLog();
    }

    /** The emulator's fault injection. */
    public FaultInjector faults() {
        return emulator.faults();
    }

    /** Settings; the same as {@link LalalEmulator.Builder}. */
    public static final class Builder {
        private final LalalEmulator.Builder delegate = LalalEmulator.builder();

        private Builder() {
        }

        /** See {@link LalalEmulator.Builder#port(int)}. */
        public Builder port(int port) {
            delegate.port(port);
            return this;
        }

        /** See {@link LalalEmulator.Builder#license(EmulatorLicense)}. */
        public Builder license(EmulatorLicense license) {
            delegate.license(license);
            return this;
        }

        /** See {@link LalalEmulator.Builder#taskDuration(Duration)}. */
        public Builder taskDuration(Duration d) {
            delegate.taskDuration(d);
            return this;
        }

        /** See {@link LalalEmulator.Builder#fileTtl(Duration)}. */
        public Builder fileTtl(Duration d) {
            delegate.fileTtl(d);
            return this;
        }

        /** See {@link LalalEmulator.Builder#clock(Clock)}. */
        public Builder clock(Clock clock) {
            delegate.clock(clock);
            return this;
        }

        /** See {@link LalalEmulator.Builder#storageDir(Path)}. */
        public Builder storageDir(Path dir) {
            delegate.storageDir(dir);
            return this;
        }

        /** See {@link LalalEmulator.Builder#uploadLimitWithLicense(long)}. */
        public Builder uploadLimitWithLicense(long bytes) {
            delegate.uploadLimitWithLicense(bytes);
            return this;
        }

        /** See {@link LalalEmulator.Builder#uploadLimitWithoutLicense(long)}. */
        public Builder uploadLimitWithoutLicense(long bytes) {
            delegate.uploadLimitWithoutLicense(bytes);
            return this;
        }

        /** See {@link LalalEmulator.Builder#separateDownloadHost(boolean)}. */
        public Builder separateDownloadHost(boolean separate) {
            delegate.separateDownloadHost(separate);
            return this;
        }

        /** See {@link LalalEmulator.Builder#uploadSizeAndExpiry(boolean)}. */
        public Builder uploadSizeAndExpiry(boolean send) {
            delegate.uploadSizeAndExpiry(send);
            return this;
        }

        /** See {@link LalalEmulator.Builder#archiveEntry(ArchiveEntry)}. */
        public Builder archiveEntry(ArchiveEntry entry) {
            delegate.archiveEntry(entry);
            return this;
        }

        /** See {@link LalalEmulator.Builder#unknownFields(boolean)}. */
        public Builder unknownFields(boolean send) {
            delegate.unknownFields(send);
            return this;
        }

        /** See {@link LalalEmulator.Builder#downloadNaming(DownloadNaming)}. */
        public Builder downloadNaming(DownloadNaming naming) {
            delegate.downloadNaming(naming);
            return this;
        }

        /** See {@link LalalEmulator.Builder#redirectMedia(boolean)}. */
        public Builder redirectMedia(boolean redirect) {
            delegate.redirectMedia(redirect);
            return this;
        }

        /** See {@link LalalEmulator.Builder#previewWithSplit(boolean)}. */
        public Builder previewWithSplit(boolean both) {
            delegate.previewWithSplit(both);
            return this;
        }

        /** See {@link LalalEmulator.Builder#v1TrackDetails(boolean)}. */
        public Builder v1TrackDetails(boolean send) {
            delegate.v1TrackDetails(send);
            return this;
        }

        /** See {@link LalalEmulator.Builder#checkRateLimit(int)}. */
        public Builder checkRateLimit(int perMinute) {
            delegate.checkRateLimit(perMinute);
            return this;
        }

        /** See {@link LalalEmulator.Builder#taskQueueTime(Duration)}. */
        public Builder taskQueueTime(Duration d) {
            delegate.taskQueueTime(d);
            return this;
        }

        /** See {@link LalalEmulator.Builder#tls(boolean)}. */
        public Builder tls(boolean https) {
            delegate.tls(https);
            return this;
        }

        /** See {@link LalalEmulator.Builder#tls(Path, char[])}. */
        public Builder tls(Path keyStore, char[] password) {
            delegate.tls(keyStore, password);
            return this;
        }

        LalalEmulator.Builder settings() {
            return delegate;
        }

        ServiceQuirks quirks() {
            return delegate.quirks();
        }

        /** Builds the extension. */
        public LalalEmulatorExtension build() {
            return new LalalEmulatorExtension(delegate.build());
        }
    }
}
