package dev.followthrough.commitment;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.Collection;
import java.util.List;

/**
 * The follow-through score of one person over a period, what they owe (MINE) and what is owed to
 * them (THEIRS) counted apart.
 *
 * <p>The follow-through rate is (kept on time + renegotiated before the deadline) ÷ deadlines that
 * came due in the period; a deadline "came due in the period" when it is a hard deadline reckoned
 * (see {@link Reckoning}: passed, or closed by keeping, renegotiating or cancelling after it passed)
 * whose instant is in [from, to). Kept early counts in the period of its deadline. Called off
 * before the deadline never came due. Undone commitments never count.
 */
public record Score(Tally mine, Tally theirs) {

    public static Score over(Collection<Reckoning> reckonings, Instant from, Instant to) {
        return new Score(
                Tally.of(reckonings, Direction.MINE, from, to), Tally.of(reckonings, Direction.THEIRS, from, to));
    }

    /** Every deadline ever reckoned. */
    public static Score allTime(Collection<Reckoning> reckonings) {
        return over(reckonings, Instant.MIN, Instant.MAX);
    }

    public static List<Reckoning> reckon(Collection<CommitmentHistory> histories, Instant now) {
        return histories.stream()
                .flatMap(history -> Reckoning.of(history, now).stream())
                .toList();
    }

    /** The start of the ISO week (Monday 00:00 local) that {@code instant} falls in, in {@code zone}. */
    public static Instant weekStart(Instant instant, ZoneId zone) {
        return instant.atZone(zone)
                .toLocalDate()
                .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY))
                .atStartOfDay(zone)
                .toInstant();
    }

    /**
     * A week beside the four before it, as the digest shows it: the week that starts at {@code
     * weekStart} (local Monday 00:00), and the previous four weeks pooled (their deadlines added
     * up, so a quiet week weighs less than a busy one). Weeks are local, so a DST week is 167 or
     * 169 hours long.
     */
    public static Trend trend(Collection<Reckoning> reckonings, Instant weekStart, ZoneId zone) {
        var monday = weekStart.atZone(zone).toLocalDate();
        var end = monday.plusWeeks(1).atStartOfDay(zone).toInstant();
        var fourBefore = monday.minusWeeks(4).atStartOfDay(zone).toInstant();
        return new Trend(over(reckonings, weekStart, end), over(reckonings, fourBefore, weekStart));
    }

    /** A week's score and the four weeks' before it. */
    public record Trend(Score week, Score previousFourWeeks) {}
}
