package dev.followthrough;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * How the service logs: {@code LOG_FORMAT} and {@code LOG_LEVEL}. logback.xml reads them before
 * {@link Config} runs (through {@link #formatAtStart} and {@link #levelAtStart}, which fall back to
 * the defaults so that the refusal itself can still be printed); {@link Config} refuses a value
 * that is not allowed.
 */
public record LogSettings(Format format, String level) {

    /** One line of text per event, or one JSON object per line for a log shipper. */
    public enum Format {
        TEXT,
        JSON;

        public String lowerCase() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public static final String FORMAT_VARIABLE = "LOG_FORMAT";
    public static final String LEVEL_VARIABLE = "LOG_LEVEL";
    public static final List<String> LEVELS = List.of("TRACE", "DEBUG", "INFO", "WARN", "ERROR");
    public static final Format DEFAULT_FORMAT = Format.TEXT;
    public static final String DEFAULT_LEVEL = "INFO";

    static LogSettings fromEnvironment(Map<String, String> environment, List<String> problems) {
        var rawFormat = Config.value(environment, FORMAT_VARIABLE);
        var format = rawFormat.map(LogSettings::format).orElse(Optional.of(DEFAULT_FORMAT));
        if (format.isEmpty()) {
            problems.add(FORMAT_VARIABLE + " must be text or json, not " + rawFormat.get() + ".");
        }
        var rawLevel = Config.value(environment, LEVEL_VARIABLE);
        var level = rawLevel.map(LogSettings::level).orElse(Optional.of(DEFAULT_LEVEL));
        if (level.isEmpty()) {
            problems.add(
                    LEVEL_VARIABLE + " must be one of " + String.join(", ", LEVELS) + ", not " + rawLevel.get() + ".");
        }
        return new LogSettings(format.orElse(DEFAULT_FORMAT), level.orElse(DEFAULT_LEVEL));
    }

    /** The format logging starts with: {@code LOG_FORMAT}'s, or the default while Config refuses it. */
    public static Format formatAtStart(String raw) {
        return Optional.ofNullable(raw).flatMap(LogSettings::format).orElse(DEFAULT_FORMAT);
    }

    /** The root level logging starts with: {@code LOG_LEVEL}'s, or the default while Config refuses it. */
    public static String levelAtStart(String raw) {
        return Optional.ofNullable(raw).flatMap(LogSettings::level).orElse(DEFAULT_LEVEL);
    }

    private static Optional<Format> format(String raw) {
        var wanted = raw.strip().toUpperCase(Locale.ROOT);
        return List.of(Format.values()).stream()
                .filter(format -> format.name().equals(wanted))
                .findFirst();
    }

    private static Optional<String> level(String raw) {
        var wanted = raw.strip().toUpperCase(Locale.ROOT);
        return LEVELS.contains(wanted) ? Optional.of(wanted) : Optional.empty();
    }
}
