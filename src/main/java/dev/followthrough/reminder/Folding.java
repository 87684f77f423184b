package dev.followthrough.reminder;

import dev.followthrough.platform.outbox.BlockJson;
import dev.followthrough.platform.outbox.OutboxMessage;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;

/**
 * Folds the reminders one person would get in the same minute into one DM, so five promises due
 * Friday at 17:00 make one notification and spend one message of the workspace's Slack budget, not
 * five. A reminder alone in its minute goes out exactly as it always did.
 *
 * <p>Nudges, missed and slipped prompts, follow-ups and firm-ups of one minute share one message
 * rather than one per kind: the point is one interruption per moment, and each part keeps its own
 * headline ("Missed:", "Due in 1 hour:") and buttons, so the kinds don't blur. Missed and slipped
 * ones come first: a new time agreed late only repairs trust, so it shouldn't wait below the nudges.
 *
 * <p>Only DMs to the owner fold; posts in a promise's channel thread never pass through here.
 */
final class Folding {

    /** What the sweep sends: a reminder alone, or a fold with the parts to keep for later presses. */
    sealed interface Outgoing {
        OutboxMessage message();
    }

    record Alone(OutboxMessage message) implements Outgoing {}

    record Folded(OutboxMessage message, FoldMessage.Layout layout) implements Outgoing {}

    private Folding() {}

    /** {@code reminders} in the order claimed; a fold takes the place of its first reminder. */
    static List<Outgoing> fold(List<Reminder> reminders) {
        var byMinute = new LinkedHashMap<String, List<Reminder>>();
        for (var reminder : reminders) {
            byMinute.computeIfAbsent(reminder.minuteOfOwner(), unused -> new ArrayList<>())
                    .add(reminder);
        }
        var outgoing = new ArrayList<Outgoing>();
        for (var together : byMinute.values()) {
            if (together.size() == 1) {
                outgoing.add(new Alone(alone(together.get(0))));
            } else {
                outgoing.add(folded(together));
            }
        }
        return outgoing;
    }

    private static OutboxMessage alone(Reminder reminder) {
        var commitment = reminder.commitment();
        return OutboxMessage.post(
                commitment.teamId(),
                reminder.key(),
                commitment.ownerId(),
                reminder.message().text(),
                BlockJson.of(reminder.message().blocks()),
                Optional.empty(),
                Optional.of(commitment.id()));
    }

    private static Folded folded(List<Reminder> together) {
        var sorted = new ArrayList<>(together);
        sorted.sort(Comparator.comparingInt(Reminder::rank)
                .thenComparing(reminder -> reminder.commitment().due().orElse(reminder.at()))
                .thenComparingLong(reminder -> reminder.commitment().id()));
        var first = sorted.get(0);
        var layout = FoldMessage.of(sorted);
        var message = OutboxMessage.post(
                first.commitment().teamId(),
                key(sorted),
                first.commitment().ownerId(),
                layout.text(),
                layout.blocksJson(),
                Optional.empty(),
                // The outbox knows one commitment per message; the fold's own table knows them all.
                Optional.empty());
        return new Folded(message, layout);
    }

    /**
     * "fold:" and a digest of the members' own keys: never a single reminder's key (those start
     * with their kind), the same when a rolled-back sweep builds the fold again, and different for
     * a second fold in the same minute (a check that came due seconds later, swept apart).
     */
    static String key(List<Reminder> members) {
        var keys = members.stream().map(Reminder::key).sorted().toList();
        var first = members.get(0);
        try {
            var digest = MessageDigest.getInstance("SHA-256")
                    .digest(String.join(",", keys).getBytes(StandardCharsets.UTF_8));
            return "fold:" + first.commitment().ownerId() + ":" + first.at().getEpochSecond() / 60 * 60 + ":"
                    + HexFormat.of().formatHex(digest, 0, 12);
        } catch (NoSuchAlgorithmException unreachable) {
            throw new IllegalStateException("Every Java has SHA-256", unreachable);
        }
    }
}
