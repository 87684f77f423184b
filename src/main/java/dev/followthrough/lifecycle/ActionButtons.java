package dev.followthrough.lifecycle;

import static com.slack.api.model.block.Blocks.actions;
import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;
import static com.slack.api.model.block.composition.BlockCompositions.option;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;
import static com.slack.api.model.block.element.BlockElements.staticSelect;

import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.element.BlockElement;
import com.slack.api.model.block.element.BlockElements;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The one builder of the buttons that act on a commitment, used by every surface: the reminder
 * DMs, the summary after {@code /promise}, App Home, the weekly digest and the lists.
 */
public final class ActionButtons {

    /**
     * A digest row's block id starts with this: the digest holds many commitments, so what a row's
     * button does must not replace the whole message (see {@link #isDigestRow}).
     */
    private static final String DIGEST_ROW = "digest_row_";

    private ActionButtons() {}

    /** A button for {@code action} on one commitment; {@code style} is "primary", "danger" or null. */
    public static BlockElement button(Action action, long commitmentId, String label, String style) {
        return BlockElements.button(button ->
                button.actionId(action.id()).text(plainText(label)).style(style).value(ActionValues.of(commitmentId)));
    }

    public static BlockElement button(Action action, long commitmentId, String label) {
        return button(action, commitmentId, label, null);
    }

    /**
     * The snooze menu: its options carry the choice and the commitment. Before the deadline it offers
     * only the choices that remind again before it; empty when none does (a menu needs an option).
     * After the deadline nothing can cross it, so every choice stays.
     */
    public static Optional<BlockElement> snoozeMenu(
            long commitmentId, Optional<Instant> deadline, Instant now, Instant tomorrowMorning) {
        var fitting = Arrays.stream(Snooze.values())
                .filter(how -> deadline.filter(now::isBefore)
                        .map(due -> !how.until(now, tomorrowMorning).isAfter(due))
                        .orElse(true))
                .map(how -> option(plainText(how.label), ActionValues.of(how, commitmentId)))
                .toList();
        if (fitting.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(staticSelect(select -> select.actionId(Action.SNOOZE.id())
                .placeholder(plainText("Snooze"))
                .options(fitting)));
    }

    /** The answers to "when will you have the next update?", one button each. */
    public static List<BlockElement> nextUpdateButtons(long commitmentId) {
        return Arrays.stream(NextUpdate.values())
                .map(when -> (BlockElement) BlockElements.button(button -> button.actionId(when.id())
                        .text(plainText(when.label))
                        .value(ActionValues.of(when, commitmentId))))
                .toList();
    }

    /**
     * What a keep's confirmation offers: the next step (the product asks for one after every keep)
     * and, for {@code Transitions.REOPEN_WINDOW}, taking an accidental keep back.
     */
    public static LayoutBlock afterKeep(long commitmentId) {
        return actions(actions -> actions.blockId("next_step_" + commitmentId)
                .elements(List.of(
                        button(Action.NEXT_STEP, commitmentId, "Record the next step", "primary"),
                        button(Action.REOPEN, commitmentId, "Reopen"))));
    }

    /** A row of the digest: its text with one action button beside it. */
    public static LayoutBlock digestRow(String mrkdwn, Action action, long commitmentId, String label) {
        return section(section -> section.blockId(DIGEST_ROW + commitmentId)
                .text(markdownText(mrkdwn))
                .accessory(button(action, commitmentId, label)));
    }

    /** Whether a pressed button sat on a digest row (its block id as Slack sends it back). */
    public static boolean isDigestRow(String blockId) {
        return blockId != null && blockId.startsWith(DIGEST_ROW);
    }
}
