package dev.followthrough.deadline;

import java.util.Optional;

/** The units a span from now is counted in, largest last. */
enum SpanUnit {
    MINUTE(60),
    HOUR(3_600),
    DAY(86_400),
    BUSINESS_DAY(0),
    WEEK(0),
    MONTH(0);

    private final long seconds;

    SpanUnit(long seconds) {
        this.seconds = seconds;
    }

    /** Seconds in one unit, for the units that are a fixed length of time (0 for the others). */
    long seconds() {
        return seconds;
    }

    static Optional<SpanUnit> of(String word) {
        return switch (word) {
            case "minute", "minutes", "min", "mins", "m" -> Optional.of(MINUTE);
            case "hour", "hours", "hr", "hrs", "h" -> Optional.of(HOUR);
            case "day", "days", "d" -> Optional.of(DAY);
            case "businessdays", "workdays", "workday" -> Optional.of(BUSINESS_DAY);
            case "week", "weeks", "wk", "wks", "w" -> Optional.of(WEEK);
            case "month", "months" -> Optional.of(MONTH);
            default -> Optional.empty();
        };
    }
}
