package dev.followthrough.reminder;

import static com.slack.api.model.block.Blocks.actions;
import static com.slack.api.model.block.Blocks.context;
import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;

import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.element.BlockElement;
import dev.followthrough.commitment.Commitment;
import dev.followthrough.commitment.Counterparty;
import dev.followthrough.lifecycle.Action;
import dev.followthrough.lifecycle.ActionButtons;
import dev.followthrough.platform.slack.DueText;
import dev.followthrough.platform.slack.Mrkdwn;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** When what someone owed the owner doesn't arrive: tell the owner, with a check-in to send. */
final class TheirsMessages {

    private TheirsMessages() {}

    static ReminderMessages.Message slipped(Commitment commitment, Locale locale) {
        var who = commitment
                .counterparty()
                .map(party -> Mrkdwn.escape(party.display()))
                .orElse("They");
        var headline =
                ":hourglass_flowing_sand: *" + who + " hasn't delivered yet:* " + ReminderMessages.what(commitment)
                        + " was due " + DueText.of(commitment, locale).replaceFirst("^by ", "") + ".";
        var draft = checkIn(commitment, locale);
        return new ReminderMessages.Message(
                who + " hasn't delivered yet: " + commitment.what(),
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

    /** A friendly, specific check-in the owner can paste. */
    static String checkIn(Commitment commitment, Locale locale) {
        var due = commitment
                .due()
                .map(at -> DueText.plain(at, commitment.zone(), locale))
                .orElse("the date we discussed");
        return "Hi, checking in on " + commitment.what() + ", which we'd pencilled in for " + due
                + ". Is it still on its way? If something is holding it up, what day and time can I expect it?";
    }
}
