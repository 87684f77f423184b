package dev.followthrough.platform.logging;

import ch.qos.logback.core.PropertyDefinerBase;
import dev.followthrough.LogSettings;

/**
 * logback.xml's {@code format}: {@code LOG_FORMAT} in lower case, or {@code text} when it is unset
 * or not allowed (start-up then refuses it, and that refusal must still be printed).
 */
public final class LogFormatProperty extends PropertyDefinerBase {

    @Override
    public String getPropertyValue() {
        return LogSettings.formatAtStart(System.getenv(LogSettings.FORMAT_VARIABLE))
                .lowerCase();
    }
}
