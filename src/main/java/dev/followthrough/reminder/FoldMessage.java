package dev.followthrough.reminder;

import static com.slack.api.model.block.Blocks.context;
import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;

import com.slack.api.model.block.ContextBlock;
import com.slack.api.model.block.LayoutBlock;
import dev.followthrough.commitment.Commitment;
import dev.followthrough.platform.outbox.BlockJson;
import dev.followthrough.platform.slack.BlockKitFit;
import dev.followthrough.platform.slack.Mrkdwn;
import dev.followthrough.platform.slack.PromiseWords;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The words and blocks of a folded reminder: a heading that counts what is in it, one part per
 * promise (its headline and its own buttons, as it would have been sent alone, without the advice
 * line each repeats), the advice once, and "and N more" for what doesn't fit in one message.
 */
final class FoldMessage {

    /**
     * The blocks a promise's part may come to: its reminder has at most three once its advice is
     * dropped, and what replaces it when pressed (the confirmation, the next-step buttons, a
     * calendar link) no more, so a settled fold never outgrows the message.
     */
    static final int PART_BLOCKS = 3;

    /** The heading, the advice and "and N more" take a block each. */
    static final int SHOWN = (BlockKitFit.MESSAGE_BLOCKS - 3) / PART_BLOCKS;

    /** Room in the "and N more" section for the names of the promises left out. */
    private static final int MORE_TEXT = 2000;

    private static final String NUDGE_ADVICE = "Won't make it? Say so now: a new time agreed before the deadline"
            + " keeps trust; one after it only repairs it.";

    /**
     * A stretch of the message: a promise's part (its commitment named; no blocks for one named
     * only in "and N more"), or the heading or the tail.
     */
    record Part(Optional<Long> commitmentId, List<LayoutBlock> blocks) {}

    record Layout(String text, List<Part> parts) {

        String blocksJson() {
            return BlockJson.of(
                    parts.stream().flatMap(part -> part.blocks().stream()).toList());
        }
    }

    private FoldMessage() {}

    /** What a reminder is, in a fold's summary: "due in 1 hour", "missed", "not in yet". */
    static String label(Plan.Kind kind, Commitment commitment, Instant now) {
        return switch (kind) {
            case NUDGE ->
                "due "
                        + commitment
                                .due()
                                .map(due -> ReminderMessages.inHowLong(now, due))
                                .orElse("soon");
            case MISSED -> "missed";
            case SLIPPED -> "not in yet";
            case FOLLOW_UP -> "with an update due";
            case FIRM_UP -> "to pin down";
            case DUE -> "due now";
            case ESCALATE -> "raised";
        };
    }

    /** {@code reminders} already in the order they are shown. */
    static Layout of(List<Reminder> reminders) {
        var shown = reminders.subList(0, Math.min(SHOWN, reminders.size()));
        var hidden = reminders.subList(shown.size(), reminders.size());
        var parts = new ArrayList<Part>();
        parts.add(new Part(
                Optional.empty(),
                List.of(section(section -> section.blockId("fold_heading")
                        .text(markdownText(":alarm_clock: *" + reminders.size() + " promises, in one message:* "
                                + counts(reminders) + ". Each keeps its own buttons."))))));
        for (var reminder : shown) {
            var blocks = reminder.message().blocks().stream()
                    .filter(block -> !(block instanceof ContextBlock))
                    .toList();
            parts.add(new Part(Optional.of(reminder.commitment().id()), blocks));
        }
        if (shown.stream().anyMatch(reminder -> reminder.kind() == Plan.Kind.NUDGE)) {
            parts.add(new Part(Optional.empty(), List.of(context(List.of(markdownText(NUDGE_ADVICE))))));
        }
        if (!hidden.isEmpty()) {
            parts.add(new Part(Optional.empty(), List.of(more(hidden))));
        }
        // Those named only in "and N more" are members too, with nothing of their own to show: the
        // fold records everyone it told.
        for (var reminder : hidden) {
            parts.add(new Part(Optional.of(reminder.commitment().id()), List.of()));
        }
        return new Layout(text(reminders), parts);
    }

    /** "2 missed, 3 due in 1 hour", in the order shown. */
    private static String counts(List<Reminder> reminders) {
        return byLabel(reminders).entrySet().stream()
                .map(label -> label.getValue().size() + " " + label.getKey())
                .collect(Collectors.joining(", "));
    }

    /**
     * The notification: "3 promises due in 1 hour: a, b, c", or with several kinds "5 promises — 2
     * missed: a, b; 3 due in 1 hour: c, d, e".
     */
    static String text(List<Reminder> reminders) {
        var groups = byLabel(reminders);
        if (groups.size() == 1) {
            var only = groups.entrySet().iterator().next();
            return reminders.size() + " promises " + only.getKey() + ": " + whats(only.getValue());
        }
        return reminders.size() + " promises — "
                + groups.entrySet().stream()
                        .map(group -> group.getValue().size() + " " + group.getKey() + ": " + whats(group.getValue()))
                        .collect(Collectors.joining("; "));
    }

    private static LinkedHashMap<String, List<Reminder>> byLabel(List<Reminder> reminders) {
        var groups = new LinkedHashMap<String, List<Reminder>>();
        for (var reminder : reminders) {
            groups.computeIfAbsent(reminder.label(), unused -> new ArrayList<>())
                    .add(reminder);
        }
        return groups;
    }

    private static String whats(List<Reminder> reminders) {
        return reminders.stream()
                .map(reminder -> Mrkdwn.plain(PromiseWords.task(reminder.commitment(), 80)))
                .collect(Collectors.joining(", "));
    }

    /** The promises left out, named as far as a section holds them, and where to see them all. */
    private static LayoutBlock more(List<Reminder> hidden) {
        var names = new StringBuilder();
        var named = 0;
        for (var reminder : hidden) {
            var name = PromiseWords.task(reminder.commitment(), 80) + " (" + reminder.label() + ")";
            if (names.length() + name.length() > MORE_TEXT) {
                break;
            }
            names.append(names.length() == 0 ? "" : " · ").append(name);
            named++;
        }
        var unnamed = hidden.size() - named;
        var text = "*…and " + hidden.size() + " more:* " + names + (unnamed > 0 ? " and " + unnamed + " others" : "")
                + ". See them all with `/promise list` or on the Home tab.";
        return section(section -> section.blockId("fold_more").text(markdownText(text)));
    }
}
