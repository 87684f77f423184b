package dev.followthrough.chaos;

import dev.followthrough.chaos.DatabaseContents.CommitmentRow;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The messages a commitment owes its owner and its channel, each with the outbox key the service
 * gives it and the moment it comes due, as the README and {@code reminder/Plan} describe them with
 * the default settings: nudges a day and an hour before the deadline (those already past when it
 * was set are skipped), "Due now" in the channel at the deadline, the missed (or slipped) check 10
 * minutes after it. Working hours never move a nudge here: {@link ChaosUsers} picks zones where the
 * run is well inside or well outside them.
 */
final class ExpectedMessages {

    /** A message that must be sent once by {@code at}. */
    record Expected(String key, String kind, Instant at) {}

    private static final Duration GRACE = Duration.ofMinutes(10);
    private static final List<Duration> LEAD_TIMES = List.of(Duration.ofDays(1), Duration.ofHours(1));

    private ExpectedMessages() {}

    static List<Expected> of(CommitmentRow commitment) {
        var expected = new ArrayList<Expected>();
        if (commitment.due().isEmpty()) {
            // Soft: the first "pin it down" prompt is the next working morning, after any run.
            return expected;
        }
        var due = commitment.due().get();
        var version = ":v" + commitment.deadlineVersion();
        var id = commitment.id();
        var inChannel = commitment.channelId().isPresent();
        if (inChannel && due.isAfter(commitment.deadlineSetAt())) {
            expected.add(new Expected("channel-due:" + id + version, "channel-due", due));
        }
        var missedAt = due.plus(GRACE);
        if (commitment.direction().equals("THEIRS")) {
            expected.add(
                    new Expected("slipped:" + id + version + ":" + missedAt.getEpochSecond(), "slipped", missedAt));
        } else {
            for (var lead : LEAD_TIMES) {
                var nudgeAt = due.minus(lead);
                if (nudgeAt.isAfter(commitment.deadlineSetAt())) {
                    expected.add(
                            new Expected("nudge:" + id + version + ":" + nudgeAt.getEpochSecond(), "nudge", nudgeAt));
                }
            }
            expected.add(new Expected("missed:" + id + version + ":" + missedAt.getEpochSecond(), "missed", missedAt));
        }
        if (inChannel) {
            expected.add(new Expected("channel-missed:" + id + version, "channel-missed", missedAt));
        }
        return expected;
    }
}
