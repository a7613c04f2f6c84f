package io.github.camellalal.component;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import org.apache.camel.CamelContext;
import org.apache.camel.Endpoint;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.core.LoggerContext;
import org.apache.logging.log4j.core.appender.WriterAppender;
import org.apache.logging.log4j.core.config.Configuration;
import org.apache.logging.log4j.core.config.Configurator;
import org.apache.logging.log4j.core.layout.PatternLayout;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Runs routes with a known license key at DEBUG (tracing on) and looks for the key in everything Camel and this
 * component print or throw: log output, exception messages, endpoint toString.
 */
class LicenseKeyMaskingTest {

    private static final String KEY = "Sup3rSecretLicense42";

    @RegisterExtension
    static final EmulatedLalal LALAL = EmulatedLalal.withKey(KEY).build();

    private final StringWriter log = new StringWriter();
    private final List<String> seen = new ArrayList<>();
    private WriterAppender appender;

    @BeforeEach
    void captureDebugLogs() {
        LoggerContext ctx = (LoggerContext) LogManager.getContext(false);
        Configuration config = ctx.getConfiguration();
        appender = WriterAppender.newBuilder().setName("key-capture").setTarget(log)
                .setLayout(PatternLayout.newBuilder().withPattern("%p %c - %m %ex%n").build()).build();
        appender.start();
        config.addAppender(appender);
        config.getRootLogger().addAppender(appender, Level.ALL, null);
        Configurator.setRootLevel(Level.DEBUG);
        ctx.updateLoggers();
    }

    @AfterEach
    void stopCapturing() {
        LoggerContext ctx = (LoggerContext) LogManager.getContext(false);
        ctx.getConfiguration().getRootLogger().removeAppender("key-capture");
        Configurator.setRootLevel(Level.WARN);
        appender.stop();
        ctx.updateLoggers();
    }

    private CamelContext context(RouteBuilder routes) throws Exception {
        return context(routes, false);
    }

    private CamelContext context(RouteBuilder routes, boolean https) throws Exception {
        CamelContext context = new DefaultCamelContext();
        context.setTracing(true);
        LalalComponent lalal = LALAL.component(https);
        lalal.getConfiguration().setApiKey(null); // here the routes' URIs carry the key
        context.addComponent("lalal", lalal);
        context.addRoutes(routes);
        return context;
    }

    private void remember(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            seen.add(String.valueOf(c.getMessage()));
            seen.add(c.toString());
        }
    }

    @Test
    void keyInAnEndpointUriAppearsNowhere() throws Exception {
        keyInAnEndpointUriAppearsNowhere(false);
    }

    @Test
    void overHttpsTheKeyAppearsNowhereEither() throws Exception {
        keyInAnEndpointUriAppearsNowhere(true);

        assertThat(log.toString()).as("HttpClient's DEBUG lines of the TLS upgrade").contains("upgraded to TLS");
    }

    private void keyInAnEndpointUriAppearsNowhere(boolean https) throws Exception {
        CamelContext context = context(new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:limits").to("lalal:limits?apiKey=" + KEY);
                from("direct:process").to("lalal:process?pollInterval=100&apiKey=" + KEY);
                from("direct:bad").to("lalal:check?apiKey=" + KEY);
            }
        }, https);
        context.start();
        try {
            for (Endpoint e : context.getEndpoints()) {
                seen.add(e.toString());
            }
            Object limits = context.createProducerTemplate().requestBody("direct:limits", (Object) null);
            seen.add(String.valueOf(limits));
            Exchange processed = context.createProducerTemplate().request("direct:process", x -> {
                x.getMessage().setBody(TestWav.stereo(1000));
                x.getMessage().setHeader(Exchange.FILE_NAME, "k.wav");
            });
            assertThat(processed.getException()).isNull();
            Exchange failed = context.createProducerTemplate().request("direct:bad",
                    x -> x.getMessage().setHeader(LalalConstants.FILE_ID, "not-an-id"));
            assertThat(failed.getException()).isNotNull();
            remember(failed.getException());
        } finally {
            context.stop();
        }
        assertKeyNowhere();
    }

    @Test
    void routeThatFailsToStartOnABadOptionDoesNotPrintTheKey() throws Exception {
        CamelContext context = context(new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:a").to("lalal:split?stem=kazoo&apiKey=" + KEY);
            }
        });
        try {
            context.start();
        } catch (Exception e) {
            remember(e);
        }
        CamelContext unknownOption = context(new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:b").to("lalal:split?noSuchOption=1&apiKey=" + KEY);
            }
        });
        try {
            unknownOption.start();
        } catch (Exception e) {
            remember(e);
        }
        context.stop();
        unknownOption.stop();

        assertThat(seen).anySatisfy(s -> assertThat(s).contains("kazoo"));
        assertThat(seen).anySatisfy(s -> assertThat(s).contains("noSuchOption"));
        assertKeyNowhere();
    }

    private void assertKeyNowhere() {
        String output = log.toString();
        assertThat(output).as("debug output was captured").contains("DEBUG");
        assertThat(output).doesNotContain(KEY);
        assertThat(seen).noneSatisfy(s -> assertThat(s).contains(KEY));
    }
}
