package io.github.camellalal.component;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.camellalal.emulator.EmulatorLicense;
import io.github.camellalal.emulator.EmulatorTls;
import io.github.camellalal.emulator.LalalEmulator;
import io.github.camellalal.emulator.LalalEmulatorExtension;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.jsse.SSLContextParameters;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestInstancePostProcessor;

/**
 * The LALAL.AI service a test class talks to, as a static {@code @RegisterExtension} field: the emulator with the
 * class's license and task length, over plain http and over https (each started when first used, stopped after the
 * class; its request log, faults and TLS counts cleared before each test), and the component settings that go with
 * it (key, API version, check budget). It configures components and standalone contexts, and sends the requests
 * the tests repeat (upload, split, a body with a file name). A {@link LalalTestSupport} class runs its routes on the
 * one it registers.
 */
final class EmulatedLalal
        implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback, TestInstancePostProcessor {

    private final String key;
    private final LalalApiVersion apiVersion;
    private final Integer checksPerMinute;
    private final LalalEmulatorExtension http;
    private final LalalEmulatorExtension https;
    /** The emulators started in this class, in the order they started. */
    private final Set<LalalEmulatorExtension> started = new LinkedHashSet<>();
    private boolean inClass;

    private EmulatedLalal(Builder b) {
        this.key = b.key;
        this.apiVersion = b.apiVersion;
        this.checksPerMinute = b.checksPerMinute;
        this.http = b.emulator(false);
        this.https = b.emulator(true);
    }

    /** A service with a paid license for {@code key}, which the components send. */
    static Builder withKey(String key) {
        return new Builder(key);
    }

    /** The emulator over https ({@code tls}) or plain http, started on first use. */
    synchronized LalalEmulator emulator(boolean tls) {
        if (!inClass) {
            throw new IllegalStateException("Register EmulatedLalal as a static @RegisterExtension field");
        }
        LalalEmulatorExtension extension = tls ? https : http;
        if (started.add(extension)) {
            // started now as the JUnit extension starts it before all tests, and cleared as before each test
            extension.beforeAll(null);
            extension.beforeEach(null);
        }
        return extension.emulator();
    }

    @Override
    public synchronized void beforeAll(ExtensionContext context) {
        inClass = true;
    }

    @Override
    public void postProcessTestInstance(Object test, ExtensionContext context) {
        if (test instanceof LalalTestSupport routes) {
            routes.talkTo(this);
        }
    }

    @Override
    public synchronized void beforeEach(ExtensionContext context) {
        for (LalalEmulatorExtension extension : started) {
            extension.beforeEach(context);
        }
    }

    @Override
    public synchronized void afterAll(ExtensionContext context) {
        for (LalalEmulatorExtension extension : started) {
            extension.afterAll(context);
        }
        started.clear();
        inClass = false;
    }

    /**
     * Points a component at the emulator: key, base URL, API version, check budget and, over https, the trust in the
     * emulator's certificate as a user would configure it.
     */
    void configure(LalalComponent lalal, boolean tls) {
        LalalEmulator emulator = emulator(tls);
        lalal.getConfiguration().setApiKey(key);
        lalal.getConfiguration().setBaseUrl(emulator.baseUrl());
        if (apiVersion != null) {
            lalal.getConfiguration().setApiVersion(apiVersion);
        }
        if (checksPerMinute != null) {
            lalal.setMaxChecksPerMinute(checksPerMinute);
        }
        if (tls) {
            lalal.getConfiguration().setSslContextParameters(trusting(emulator.tls()));
        }
    }

    /** A new component configured for the emulator. */
    LalalComponent component(boolean tls) {
        LalalComponent lalal = new LalalComponent();
        configure(lalal, tls);
        return lalal;
    }

    /** A new context, not started, whose {@code lalal} component is configured for the plain http emulator. */
    CamelContext newContext() {
        CamelContext context = new DefaultCamelContext();
        context.addComponent("lalal", component(false));
        return context;
    }

    /** Camel's TLS settings trusting the emulator's certificate, made from its truststore file as a user would. */
    static SSLContextParameters trusting(EmulatorTls tls) {
        return TestTls.trusting(tls.trustStore().toString(), tls.trustStorePassword());
    }

    /** Uploads a body under a file name (header {@code CamelLalalFileName}) and returns the file id. */
    static String upload(ProducerTemplate template, String name, Object body) {
        Exchange done = template.request("lalal:upload", x -> {
            x.getMessage().setBody(body);
            x.getMessage().setHeader(LalalConstants.FILE_NAME, name);
        });
        assertThat(done.getException()).as("upload of %s", name).isNull();
        return done.getMessage().getHeader(LalalConstants.FILE_ID, String.class);
    }

    /** Splits an uploaded file with the endpoint's defaults and returns the reply (task ids with v1). */
    static Message split(ProducerTemplate template, String fileId) {
        Exchange done = template.request("lalal:split", x -> x.getMessage().setHeader(LalalConstants.FILE_ID, fileId));
        assertThat(done.getException()).as("split of %s", fileId).isNull();
        return done.getMessage();
    }

    /** Uploads and splits a body; returns the file id. */
    static String uploadAndSplit(ProducerTemplate template, String name, Object body) {
        String id = upload(template, name, body);
        split(template, id);
        return id;
    }

    /** Sends a body to an endpoint as a file of this name (header {@code CamelFileName}) and returns the exchange. */
    static Exchange request(ProducerTemplate template, String uri, Object body, String fileName) {
        return template.request(uri, x -> {
            x.getMessage().setBody(body);
            x.getMessage().setHeader(Exchange.FILE_NAME, fileName);
        });
    }

    /** {@link #request} without waiting for the reply. */
    static CompletableFuture<Exchange> asyncRequest(ProducerTemplate template, String uri, Object body,
            String fileName) {
        return template.asyncSend(uri, x -> {
            x.getMessage().setBody(body);
            x.getMessage().setHeader(Exchange.FILE_NAME, fileName);
        });
    }

    /** Settings of a service. */
    static final class Builder {
        private final String key;
        private final LalalEmulatorExtension.Builder plain = LalalEmulatorExtension.builder();
        private final LalalEmulatorExtension.Builder secure = LalalEmulatorExtension.builder().tls(true);
        private LalalApiVersion apiVersion;
        private Integer checksPerMinute;

        private Builder(String key) {
            this.key = key;
            license(EmulatorLicense.paid(key));
        }

        /** How long a task runs on the emulator's clock (the emulator's default otherwise). */
        Builder taskDuration(Duration d) {
            return emulator(e -> e.taskDuration(d));
        }

        /** The components' API version (the component's default otherwise). */
        Builder apiVersion(String version) {
            this.apiVersion = LalalApiVersion.valueOf(version);
            return this;
        }

        /** A license the emulator knows besides the key's. */
        Builder license(EmulatorLicense license) {
            return emulator(e -> e.license(license));
        }

        /**
         * v1 checks a minute, both what the emulator allows and the components' budget (their default, v1's 30 a
         * minute, would make a test wait 2 s between checks).
         */
        Builder checksPerMinute(int perMinute) {
            this.checksPerMinute = perMinute;
            return emulator(e -> e.checkRateLimit(perMinute));
        }

        /** Any other emulator setting, for both schemes. */
        Builder emulator(Consumer<LalalEmulatorExtension.Builder> setting) {
            setting.accept(plain);
            setting.accept(secure);
            return this;
        }

        private LalalEmulatorExtension emulator(boolean tls) {
            return (tls ? secure : plain).build();
        }

        EmulatedLalal build() {
            return new EmulatedLalal(this);
        }
    }
}
