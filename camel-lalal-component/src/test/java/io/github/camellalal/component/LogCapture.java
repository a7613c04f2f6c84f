package io.github.camellalal.component;

import java.io.StringWriter;
import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.core.LoggerContext;
import org.apache.logging.log4j.core.appender.WriterAppender;
import org.apache.logging.log4j.core.layout.PatternLayout;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/** What the tests' log4j root logger writes at a level and above during each test, as text. */
final class LogCapture implements BeforeEachCallback, AfterEachCallback {

    private final Level level;
    private final String pattern;
    private final String name = "capture-" + System.identityHashCode(this);
    private StringWriter text = new StringWriter();
    private WriterAppender appender;

    /** Captures {@code level} and above, each line written with {@code pattern}. */
    LogCapture(Level level, String pattern) {
        this.level = level;
        this.pattern = pattern;
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        text = new StringWriter();
        LoggerContext logs = (LoggerContext) LogManager.getContext(false);
        appender = WriterAppender.newBuilder().setName(name).setTarget(text)
                .setLayout(PatternLayout.newBuilder().withPattern(pattern).build()).build();
        appender.start();
        logs.getConfiguration().addAppender(appender);
        logs.getConfiguration().getRootLogger().addAppender(appender, level, null);
        logs.updateLoggers();
    }

    @Override
    public void afterEach(ExtensionContext context) {
        LoggerContext logs = (LoggerContext) LogManager.getContext(false);
        logs.getConfiguration().getRootLogger().removeAppender(name);
        appender.stop();
        logs.updateLoggers();
    }

    /** What was written so far in this test. */
    @Override
    public String toString() {
        return text.toString();
    }
}
