package io.github.camellalal.client.v0;

import java.io.StringWriter;
import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.core.LoggerContext;
import org.apache.logging.log4j.core.appender.WriterAppender;
import org.apache.logging.log4j.core.config.Configurator;
import org.apache.logging.log4j.core.layout.PatternLayout;

/** Everything every logger (Apache HttpClient's included) writes at DEBUG while an action runs, as text. */
final class DebugLog {

    private DebugLog() {
    }

    static String of(Runnable action) {
        StringWriter log = new StringWriter();
        LoggerContext ctx = (LoggerContext) LogManager.getContext(false);
        WriterAppender appender = WriterAppender.newBuilder().setName("debug-capture").setTarget(log)
                .setLayout(PatternLayout.newBuilder().withPattern("%p %c - %m%n").build()).build();
        appender.start();
        ctx.getConfiguration().getRootLogger().addAppender(appender, Level.ALL, null);
        Configurator.setAllLevels(LogManager.ROOT_LOGGER_NAME, Level.DEBUG);
        try {
            action.run();
        } finally {
            ctx.getConfiguration().getRootLogger().removeAppender("debug-capture");
            appender.stop();
            ctx.reconfigure(); // back to the levels of the test configuration
        }
        return log.toString();
    }
}
