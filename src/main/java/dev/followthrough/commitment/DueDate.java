package dev.followthrough.commitment;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;

/**
 * When a commitment is due. A hard one has an instant ({@code at}); a soft one may have a target
 * (the end of the period it names). The phrase and zone it was read in are kept so it can be
 * shown back as it was meant; {@code version} counts the times it was set, so a message keyed on
 * it is sent once per deadline.
 */
public record DueDate(
        Firmness firmness,
        Optional<Instant> at,
        Optional<Instant> target,
        String phrase,
        ZoneId zone,
        int version,
        Instant setAt) {

    /**
     * How long after a hard deadline an open commitment is only late, not yet missed: the missed
     * check comes then, and only then does the score count it missed.
     */
    public static final Duration GRACE = Duration.ofMinutes(10);

    public static DueDate hard(Instant at, String phrase, ZoneId zone, int version, Instant setAt) {
        return new DueDate(Firmness.HARD, Optional.of(at), Optional.empty(), phrase, zone, version, setAt);
    }
}
