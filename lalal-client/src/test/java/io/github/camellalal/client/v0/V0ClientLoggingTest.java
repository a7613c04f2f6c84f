package io.github.camellalal.client.v0;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.camellalal.client.ClientTestSupport;
import io.github.camellalal.client.LalalClient;
import io.github.camellalal.client.SplitRequest;
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

/** With every logger at DEBUG, Apache HttpClient's included, the license appears nowhere in the output. */
class V0ClientLoggingTest extends ClientTestSupport {

    @RegisterExtension
    static final LalalEmulatorExtension EMULATOR = LalalEmulatorExtension.builder()
            .license(EmulatorLicense.paid(KEY)).build();

    @Test
    void debugOutputOfEveryLoggerHoldsNoLicense() {
        StringWriter log = new StringWriter();
        LoggerContext ctx = (LoggerContext) LogManager.getContext(false);
        WriterAppender appender = WriterAppender.newBuilder().setName("capture").setTarget(log)
                .setLayout(PatternLayout.newBuilder().withPattern("%p %c - %m%n").build()).build();
        appender.start();
        ctx.getConfiguration().addAppender(appender);
        ctx.getConfiguration().getRootLogger().addAppender(appender, Level.ALL, null);
        Configurator.setAllLevels(LogManager.ROOT_LOGGER_NAME, Level.DEBUG);
        try {
            LalalClient c = client(EMULATOR.baseUrl());
            String id = c.upload("logged.wav", wav(400)).id();
            c.split(SplitRequest.forFile(id).build());
            c.check(id);
            c.limits();
        } finally {
            ctx.getConfiguration().getRootLogger().removeAppender("capture");
            Configurator.setAllLevels(LogManager.ROOT_LOGGER_NAME, Level.WARN);
            appender.stop();
        }
        String output = log.toString();
        assertThat(output).contains("DEBUG org.apache.hc.client5.http.impl.classic.MainClientExec")
                .contains("executing GET /billing/get-limits/")
                .contains("Authorization: license xxxxxx")
                .contains("key=xxxxxx")
                .doesNotContain(KEY);
    }
}
