package io.github.camellalal.client.v1;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.camellalal.client.LalalClient;
import io.github.camellalal.client.LalalClientConfig;
import io.github.camellalal.emulator.EmulatorLicense;
import io.github.camellalal.emulator.LalalEmulatorExtension;
import java.io.StringWriter;
import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.core.LoggerContext;
import org.apache.logging.log4j.core.appender.WriterAppender;
import org.apache.logging.log4j.core.config.Configurator;
import org.apache.logging.log4j.core.layout.PatternLayout;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** v1 sends the license in {@code X-License-Key}: the client's header log shows that header, masked. */
class V1ClientLoggingTest {

    private static final String KEY = "v1-logging-key-0e5d";

    @RegisterExtension
    static final LalalEmulatorExtension EMULATOR = LalalEmulatorExtension.builder()
            .license(EmulatorLicense.paid(KEY)).build();

    @Test
    void theHeaderLogMasksXLicenseKey() {
        StringWriter log = new StringWriter();
        LoggerContext ctx = (LoggerContext) LogManager.getContext(false);
        WriterAppender appender = WriterAppender.newBuilder().setName("v1-capture").setTarget(log)
                .setLayout(PatternLayout.newBuilder().withPattern("%p %c - %m%n").build()).build();
        appender.start();
        ctx.getConfiguration().getRootLogger().addAppender(appender, Level.ALL, null);
        Configurator.setAllLevels(LogManager.ROOT_LOGGER_NAME, Level.DEBUG);
        io.github.camellalal.client.LicenseLimits limits;
        try (LalalClient client = LalalClient.create(LalalClientConfig.builder().baseUrl(EMULATOR.baseUrl())
                .apiKey(KEY).apiVersion("v1").maxRetries(0).build())) {
            limits = client.limits();
        } finally {
            ctx.getConfiguration().getRootLogger().removeAppender("v1-capture");
            appender.stop();
            ctx.reconfigure(); // back to the levels of the test configuration
        }

        assertThat(limits.leftMinutes()).as("the key reached the service").isNotNull();
        assertThat(log.toString()).contains(">> X-License-Key: xxxxxx").doesNotContain(KEY);
    }
}
