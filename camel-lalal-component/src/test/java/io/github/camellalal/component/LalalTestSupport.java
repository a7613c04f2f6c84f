package io.github.camellalal.component;

import io.github.camellalal.emulator.LalalEmulator;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.RoutesBuilder;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Routes against the emulator over real HTTP, with the key set once on the component. A class talks to
 * {@link #STANDARD} unless it registers an {@link EmulatedLalal} of its own (another license, task length or API
 * version) as a static {@code @RegisterExtension} field; it runs over plain http unless it overrides
 * {@link #overTls()}: then the same routes talk to an https emulator, trusted through the component's
 * {@code sslContextParameters} as a user would configure it.
 */
abstract class LalalTestSupport extends CamelTestSupport {

    static final String KEY = "test-key-7f3a9c";

    /** The service of the classes that name none: a paid license, tasks of 600 ms, the component's API version. */
    @RegisterExtension
    static final EmulatedLalal STANDARD = EmulatedLalal.withKey(KEY).taskDuration(Duration.ofMillis(600)).build();

    private EmulatedLalal lalal;

    /** Called by each EmulatedLalal registered for this test: the class's own wins over {@link #STANDARD}. */
    final void talkTo(EmulatedLalal registered) {
        if (lalal == null || lalal == STANDARD) {
            lalal = registered;
        }
    }

    /** Whether this class's routes use the https emulator (default: plain http). */
    protected boolean overTls() {
        return false;
    }

    /** The emulator this class's routes talk to. */
    protected LalalEmulator emulator() {
        return lalal.emulator(overTls());
    }

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext context = super.createCamelContext();
        LalalComponent lalal = context.getComponent("lalal", LalalComponent.class);
        configure(lalal);
        lalal.getConfiguration().setPollInterval(100);
        return context;
    }

    /** The context's {@code lalal} component. */
    protected LalalComponent component() {
        return context.getComponent("lalal", LalalComponent.class);
    }

    /** Points a component at this class's emulator: key, base URL, API version and, over https, the trust. */
    protected void configure(LalalComponent lalal) {
        this.lalal.configure(lalal, overTls());
    }

    /** A second component for the same emulator, configured as {@link #configure} does. */
    protected LalalComponent newComponent() {
        return lalal.component(overTls());
    }

    @Override
    protected RoutesBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() throws Exception {
                LalalTestSupport.this.addRoutes(this);
            }
        };
    }

    /** Adds this class's routes to the context's builder, {@code routes.from(...)}; none by default. */
    protected void addRoutes(RouteBuilder routes) throws Exception {
    }

    /** Uploads a body under a file name (header {@code CamelLalalFileName}) and returns the file id. */
    protected String upload(String name, Object body) {
        return EmulatedLalal.upload(template, name, body);
    }

    /** Splits an uploaded file with the endpoint's defaults and returns the reply (task ids with v1). */
    protected Message split(String fileId) {
        return EmulatedLalal.split(template, fileId);
    }

    /** Uploads and splits a body; returns the file id. */
    protected String uploadAndSplit(String name, Object body) {
        return EmulatedLalal.uploadAndSplit(template, name, body);
    }

    /** Sends a body to an endpoint as a file of this name (header {@code CamelFileName}) and returns the exchange. */
    protected Exchange request(String uri, Object body, String fileName) {
        return EmulatedLalal.request(template, uri, body, fileName);
    }

    /** {@link #request} without waiting for the reply. */
    protected CompletableFuture<Exchange> asyncRequest(String uri, Object body, String fileName) {
        return EmulatedLalal.asyncRequest(template, uri, body, fileName);
    }
}
