package dev.followthrough.platform.logging;

import ch.qos.logback.core.PropertyDefinerBase;
import dev.followthrough.LogSettings;

/**
 * logback.xml's root {@code level}: {@code LOG_LEVEL} in upper case, or {@code INFO} when it is
 * unset or not allowed (logback itself would read a misspelt level as DEBUG).
 */
public final class LogLevelProperty extends PropertyDefinerBase {

    @Override
    public String getPropertyValue() {
        return LogSettings.levelAtStart(System.getenv(LogSettings.LEVEL_VARIABLE));
    }
}
