package dev.followthrough.support;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.util.List;
import org.slf4j.LoggerFactory;

/** What the service logged while a test ran: every event under a logger (the root for all of it). */
public final class CapturedLogs implements AutoCloseable {

    private final Logger logger;
    // Each event keeps its thread's MDC (team, commitment) as it was logged, as the asynchronous appender does.
    private final ListAppender<ILoggingEvent> appender = new ListAppender<>() {
        @Override
        protected void append(ILoggingEvent event) {
            event.prepareForDeferredProcessing();
            super.append(event);
        }
    };

    private CapturedLogs(String loggerName) {
        this.logger = (Logger) LoggerFactory.getLogger(loggerName);
        appender.start();
        logger.addAppender(appender);
    }

    public static CapturedLogs of(String loggerName) {
        return new CapturedLogs(loggerName);
    }

    public static CapturedLogs of(Class<?> loggingClass) {
        return new CapturedLogs(loggingClass.getName());
    }

    public static CapturedLogs everything() {
        return new CapturedLogs(org.slf4j.Logger.ROOT_LOGGER_NAME);
    }

    public List<ILoggingEvent> events() {
        synchronized (appender) {
            return List.copyOf(appender.list);
        }
    }

    public List<String> lines() {
        return events().stream().map(ILoggingEvent::getFormattedMessage).toList();
    }

    /** Events that carry an exception, i.e. would print a stack trace. */
    public List<ILoggingEvent> withStackTraces() {
        return events().stream()
                .filter(event -> event.getThrowableProxy() != null)
                .toList();
    }

    @Override
    public void close() {
        logger.detachAppender(appender);
        appender.stop();
    }
}
