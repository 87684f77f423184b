package dev.followthrough.platform.scheduler;

import dev.followthrough.platform.database.DatabaseOutage;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.Marker;
import org.slf4j.event.Level;
import org.slf4j.helpers.LegacyAbstractLogger;

/**
 * Quartz's store's own log, but a line whose failure is the database away goes to the outage (one
 * line for all of it) instead of out with its stack trace; every other line goes out as it was.
 */
final class OutageAwareLogger extends LegacyAbstractLogger {

    private final transient Logger delegate;
    private final transient Supplier<DatabaseOutage> outage;

    OutageAwareLogger(Logger delegate, Supplier<DatabaseOutage> outage) {
        this.delegate = delegate;
        this.outage = outage;
        this.name = delegate.getName();
    }

    @Override
    protected void handleNormalizedLoggingCall(
            Level level, Marker marker, String pattern, Object[] arguments, Throwable failure) {
        if (failure != null && outage.get().failed(failure)) {
            return;
        }
        var line = delegate.atLevel(level).setCause(failure);
        if (arguments != null) {
            for (var argument : arguments) {
                line = line.addArgument(argument);
            }
        }
        line.log(pattern);
    }

    @Override
    protected String getFullyQualifiedCallerName() {
        return null;
    }

    @Override
    public boolean isTraceEnabled() {
        return delegate.isTraceEnabled();
    }

    @Override
    public boolean isDebugEnabled() {
        return delegate.isDebugEnabled();
    }

    @Override
    public boolean isInfoEnabled() {
        return delegate.isInfoEnabled();
    }

    @Override
    public boolean isWarnEnabled() {
        return delegate.isWarnEnabled();
    }

    @Override
    public boolean isErrorEnabled() {
        return delegate.isErrorEnabled();
    }
}
