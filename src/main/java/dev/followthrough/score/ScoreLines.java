package dev.followthrough.score;

import dev.followthrough.commitment.Outcome;
import dev.followthrough.commitment.Tally;
import java.util.ArrayList;

/** How a score's outcomes are listed, on the digest, the score card and App Home alike. */
public final class ScoreLines {

    private ScoreLines() {}

    /**
     * The outcomes that came due and aren't zero: "kept on time 6 · kept late 1 · renegotiated in
     * time 2". They add up to the rate's denominator; what was called off before its deadline never
     * came due, so it isn't listed.
     */
    public static String breakdown(Tally tally) {
        var parts = new ArrayList<String>();
        for (var outcome : Outcome.values()) {
            var count = tally.count(outcome);
            if (outcome.cameDue() && count > 0) {
                parts.add(label(outcome) + " " + count);
            }
        }
        return String.join(" · ", parts);
    }

    private static String label(Outcome outcome) {
        return switch (outcome) {
            case KEPT_ON_TIME -> "kept on time";
            case KEPT_LATE -> "kept late";
            case RENEGOTIATED_BEFORE -> "renegotiated in time";
            case RENEGOTIATED_AFTER -> "renegotiated after missing";
            case MISSED -> "missed, still open";
            case FOLLOWED_UP_ONLY -> "followed up only";
            case CANCELLED_AFTER_DEADLINE -> "cancelled after the deadline";
            case CANCELLED_BEFORE_DEADLINE -> "cancelled in time";
        };
    }
}
