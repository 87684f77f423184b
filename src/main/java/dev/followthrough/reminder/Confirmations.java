package dev.followthrough.reminder;

import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;

import com.slack.api.model.block.LayoutBlock;
import dev.followthrough.commitment.Commitment;
import dev.followthrough.commitment.Direction;
import dev.followthrough.commitment.Task;
import dev.followthrough.lifecycle.Act;
import dev.followthrough.lifecycle.ActionButtons;
import dev.followthrough.lifecycle.Aftermath;
import dev.followthrough.lifecycle.Change;
import dev.followthrough.platform.slack.DueText;
import dev.followthrough.platform.slack.Mrkdwn;
import dev.followthrough.platform.slack.PromiseWords;
import dev.followthrough.user.UserProfile;
import java.util.ArrayList;
import java.util.stream.Collectors;

/**
 * What a change says where it was pressed, the same from every surface: one sentence for what
 * was done, what its consequences added (where a message went, the next-step question, a
 * calendar link), and the buttons that still make sense.
 */
final class Confirmations {

    private Confirmations() {}

    static ReminderMessages.Message of(Change change, Aftermath aftermath, UserProfile owner) {
        var sentence = sentence(change, owner)
                + aftermath.note().map(note -> " " + note).orElse("")
                + aftermath.told().stream().map(told -> " " + told).collect(Collectors.joining());
        var blocks = new ArrayList<LayoutBlock>();
        var text =
                aftermath.question().map(question -> sentence + " " + question).orElse(sentence);
        blocks.add(section(section -> section.text(markdownText(text))));
        if (aftermath.question().isPresent()) {
            blocks.add(ActionButtons.afterKeep(change.after().id()));
        }
        blocks.addAll(aftermath.blocks());
        return new ReminderMessages.Message(Mrkdwn.plain(sentence), blocks);
    }

    private static String sentence(Change change, UserProfile owner) {
        var commitment = change.after();
        var what = ReminderMessages.what(commitment);
        var late = change.event().afterTheDeadline();
        var act = change.act();
        if (act instanceof Act.Keep) {
            return kept(commitment, late);
        }
        if (act instanceof Act.Undo) {
            return ":leftwards_arrow_with_hook: Undone: " + what + " is no longer tracked and won't count anywhere.";
        }
        if (act instanceof Act.Reopen) {
            return ":arrow_backward: Reopened: " + what + " is open again, " + DueText.of(commitment, owner.locale())
                    + ". It won't count as kept, and I'll remind you as before.";
        }
        if (act instanceof Act.FollowUp followUp) {
            return ":telephone_receiver: Followed up on " + PromiseWords.yourPromise(commitment) + ". I'll check back "
                    + DueText.slackDate(followUp.nextUpdate(), owner.zone(), owner.locale()) + ".";
        }
        if (act instanceof Act.Snooze snooze) {
            var remindAt = change.event().remindAt().orElse(snooze.until());
            var when = DueText.slackDate(remindAt, owner.zone(), owner.locale());
            return remindAt.isBefore(snooze.until())
                    ? ":zzz: Snoozed. That would have passed the deadline of " + PromiseWords.yourPromise(commitment)
                            + ", so I'll remind you at the deadline, " + when + "."
                    : ":zzz: Snoozed. I'll remind you about " + PromiseWords.yourPromise(commitment) + " " + when + ".";
        }
        if (act instanceof Act.MoveDeadline move) {
            return moved(move, commitment, owner);
        }
        if (act instanceof Act.Cancel cancel) {
            return (cancel.dropped() ? ":wastebasket: Dropped: " : ":no_entry_sign: Cancelled: ") + what
                    + cancel.reason()
                            .map(why -> " (" + Mrkdwn.escape(why) + ")")
                            .orElse("") + ".";
        }
        return ":pencil2: Updated: " + what + ", " + DueText.of(commitment, owner.locale()) + ".";
    }

    private static String kept(Commitment commitment, boolean late) {
        if (commitment.direction() == Direction.THEIRS) {
            return ":tada: *" + PromiseWords.party(commitment, "They") + " delivered*" + " on "
                    + PromiseWords.promise(commitment, "their") + (late ? ", a little late" : "") + ".";
        }
        return ":tada: *Delivered" + (late ? ", a little late" : " on time") + ":* "
                + PromiseWords.withParty(commitment) + ".";
    }

    private static String moved(Act.MoveDeadline move, Commitment commitment, UserProfile owner) {
        var when = DueText.slackDate(commitment.due().orElseThrow(), owner.zone(), owner.locale());
        var what = ReminderMessages.what(commitment);
        return switch (move.move()) {
            case RENEGOTIATE -> ":handshake: Renegotiated: " + what + " is now due " + when + ".";
            case NEW_DATE ->
                ":calendar: New date: " + PromiseWords.party(commitment, "they") + " will "
                        + (Task.of(commitment).isVerbPhrase() ? "" : "deliver ") + what + " by " + when + ".";
            case FIRM_UP -> ":pushpin: Pinned down: " + what + " is due " + when + ". I'll remind you before then.";
        };
    }
}
