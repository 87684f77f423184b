package dev.followthrough.chaos;

import java.time.Duration;
import java.time.Instant;

/** Moments of the run as minutes and seconds since it started, the way its output names them. */
final class Elapsed {

    private Elapsed() {}

    static String of(Instant started, Instant at) {
        return of(Duration.between(started, at));
    }

    static String of(Duration duration) {
        var tenths = Math.max(0, duration.toMillis() / 100);
        return String.format("%d:%02d.%d", tenths / 600, tenths / 10 % 60, tenths % 10);
    }

    static String seconds(Duration duration) {
        return String.format("%.1f s", duration.toMillis() / 1000.0);
    }
}
