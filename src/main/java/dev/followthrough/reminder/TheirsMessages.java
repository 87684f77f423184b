package dev.followthrough.reminder;

import static com.slack.api.model.block.Blocks.actions;
import static com.slack.api.model.block.Blocks.context;
import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;

import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.element.BlockElement;
import dev.followthrough.commitment.Commitment;
import dev.followthrough.commitment.Counterparty;
import dev.followthrough.commitment.Task;
import dev.followthrough.lifecycle.Action;
import dev.followthrough.lifecycle.ActionButtons;
import dev.followthrough.platform.slack.DueText;
import dev.followthrough.platform.slack.Mrkdwn;
import dev.followthrough.platform.slack.PromiseWords;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** When what someone owed the owner doesn't arrive: tell the owner, with a check-in to send. */
final class TheirsMessages {

    private TheirsMessages() {}

    static ReminderMessages.Message slipped(Commitment commitment, Locale locale) {
        var who = PromiseWords.party(commitment, "They");
        var task = Task.of(commitment);
        var due = DueText.of(commitment, locale).replaceFirst("^by ", "");
        var promised = task.isVerbPhrase()
                ? who + " said they'd " + PromiseWords.task(commitment)
                : PromiseWords.withParty(commitment);
        var headline = ":hourglass_flowing_sand: *Not in yet:* " + promised
                + (task.isVerbPhrase() ? " by " : " was due ") + due + ".";
        var draft = checkIn(commitment, DeadlineForm.plainName(commitment), locale);
        return new ReminderMessages.Message(
                Mrkdwn.plain("Not in yet: " + promised),
                List.of(
                        section(section -> section.text(markdownText(headline))),
                        section(section -> section.text(markdownText("A short check-in keeps it moving. You could"
                                + " send:\n>" + Mrkdwn.escape(draft).replace("\n", "\n>")))),
                        context(List.of(markdownText("Ask for a new, specific date, not \"soon\"."))),
                        slippedButtons(
                                commitment,
                                commitment
                                        .counterparty()
                                        .flatMap(Counterparty::slackUserId)
                                        .isPresent())));
    }

    /** What the owner can do about it; the check-in is offered only where the app can send it. */
    static LayoutBlock slippedButtons(Commitment commitment, boolean offerCheckIn) {
        var buttons = new ArrayList<BlockElement>();
        buttons.add(ActionButtons.button(Action.THEY_DELIVERED, commitment.id(), "They delivered", "primary"));
        if (offerCheckIn) {
            buttons.add(ActionButtons.button(Action.SEND_CHECK_IN, commitment.id(), "Send the check-in"));
        }
        buttons.add(ActionButtons.button(Action.NEW_DATE, commitment.id(), "New date"));
        buttons.add(ActionButtons.button(Action.DROP, commitment.id(), "Drop"));
        return actions(actions -> actions.blockId("slipped_" + commitment.id()).elements(buttons));
    }

    /**
     * A friendly check-in the owner can send, asking for a new specific time. Written to the other
     * side: the task's mention of them becomes "you" ("you were going to call me back").
     */
    static String checkIn(Commitment commitment, String name, Locale locale) {
        var task = Task.of(commitment);
        var due = commitment.due().map(at -> DueText.plain(at, commitment.zone(), locale));
        var promised = task.isVerbPhrase()
                ? "you were going to " + task.toThem(commitment.counterparty())
                        + due.map(at -> " by " + at).orElse("")
                : "I was expecting " + task.toThem(commitment.counterparty())
                        + due.map(at -> " by " + at).orElse(" around now");
        return Drafts.greeting(name) + " just checking in: " + promised + ". Is anything holding it up? Let me know"
                + " a new day and time that works for you.";
    }
}
