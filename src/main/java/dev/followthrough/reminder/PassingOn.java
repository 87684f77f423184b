package dev.followthrough.reminder;

import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;

import com.slack.api.model.block.LayoutBlock;
import dev.followthrough.commitment.Commitment;
import dev.followthrough.commitment.Counterparty;
import dev.followthrough.commitment.Direction;
import dev.followthrough.commitment.Task;
import dev.followthrough.commitment.Timing;
import dev.followthrough.lifecycle.Act;
import dev.followthrough.lifecycle.Aftermath;
import dev.followthrough.lifecycle.Change;
import dev.followthrough.lifecycle.ChannelThread;
import dev.followthrough.lifecycle.Consequence;
import dev.followthrough.platform.outbox.BlockJson;
import dev.followthrough.platform.outbox.Confirmation;
import dev.followthrough.platform.outbox.Outbox;
import dev.followthrough.platform.outbox.OutboxMessage;
import dev.followthrough.platform.slack.Mrkdwn;
import dev.followthrough.platform.slack.WholeText;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;

/**
 * Where a moved deadline's words go, each to its right audience: the owner's message, whole, as a
 * DM when the other side is on Slack; otherwise nowhere but back to the owner, ready to copy (a
 * channel is the team's, never a way to someone outside it). The promise's channel thread gets a
 * short factual note only when the owner chose one. The owner's confirmation says where each
 * went, and that a DM arrived only once it has (a {@link Confirmation} on the message).
 */
public final class PassingOn implements Consequence {

    private final Outbox outbox;
    private final Settling settling;
    private final ChannelThread channelThread;

    public PassingOn(Outbox outbox, Settling settling, ChannelThread channelThread) {
        this.outbox = outbox;
        this.settling = settling;
        this.channelThread = channelThread;
    }

    @Override
    public void follow(Handle handle, Change change, Aftermath aftermath) {
        if (!(change.act() instanceof Act.MoveDeadline move)) {
            return;
        }
        var commitment = change.after();
        var before =
                change.event().timing().filter(Timing.BY_THE_DEADLINE::equals).isPresent();
        var channelNote = Optional.<String>empty();
        if (move.noteInChannel()
                && move.move() != Act.DeadlineMove.FIRM_UP
                && commitment.channelId().isPresent()) {
            var channel = "<#" + commitment.channelId().get() + ">";
            channelNote = Optional.of(
                    channelThread.renegotiated(handle, commitment, before)
                            ? "A short note that it moved is going in its " + channel + " thread."
                            : "I couldn't post the note in " + channel + ": posts are off there, or I'm not let in.");
        }
        var message = move.message();
        var userId = commitment.counterparty().flatMap(Counterparty::slackUserId);
        if (message.isPresent() && userId.isPresent()) {
            var to = "<@" + userId.get() + ">";
            var key = "renegotiation:" + commitment.id() + ":v" + commitment.deadlineVersion();
            var intro = "A message from <@" + commitment.ownerId() + "> about " + aboutTheirPromise(commitment) + ":";
            var confirmation = confirmation(handle, change, aftermath, to, channelNote, message.get());
            outbox.enqueue(
                    handle,
                    post(commitment, key, userId.get(), intro, message.get()).confirmedBy(confirmation));
            aftermath.note(sentences("Your message to " + to + " is on its way as a DM.", channelNote));
            aftermath.messagePassedOn();
        } else if (message.isPresent()) {
            var who = Mrkdwn.escape(DeadlineForm.plainName(commitment));
            aftermath.note(sentences(
                    who + " isn't on Slack, so nothing was sent to them: your message is below, to copy into your"
                            + " email or call notes.",
                    channelNote));
            WholeText.toCopy(message.get()).forEach(aftermath::add);
        } else {
            channelNote.ifPresent(aftermath::note);
        }
    }

    private static String sentences(String first, Optional<String> then) {
        return then.map(next -> first + " " + next).orElse(first);
    }

    /**
     * The owner's word once the message to {@code to} is in, or why not and the text to copy (see
     * the outbox); the channel note's sentence stays said either way.
     */
    private Confirmation confirmation(
            Handle handle,
            Change change,
            Aftermath aftermath,
            String to,
            Optional<String> channelNote,
            String message) {
        var commitment = change.after();
        var owner = settling.owner(commitment);
        var what = ReminderMessages.what(commitment);
        var arrived = to + " has your message.";
        var didNotArrive = "Your message to " + to + " didn't arrive: it's below, to copy.";
        var onDelivered = settling.settlement(
                        handle,
                        change.pressedOn(),
                        commitment,
                        Confirmations.of(change, aftermath.withNote(sentences(arrived, channelNote)), owner),
                        change.at(),
                        ":delivered")
                .or(() -> Optional.of(OutboxMessage.post(
                        commitment.teamId(),
                        "renegotiation-arrived:" + commitment.id() + ":v" + commitment.deadlineVersion() + ":dm",
                        commitment.ownerId(),
                        Mrkdwn.plain(arrived),
                        BlockJson.of(List.of(section(section -> section.text(
                                markdownText(":incoming_envelope: " + arrived + " It was about " + what + "."))))),
                        Optional.empty(),
                        Optional.of(commitment.id()))));
        var onUndelivered = settling.settlement(
                handle,
                change.pressedOn(),
                commitment,
                Confirmations.of(change, aftermath.withNote(sentences(didNotArrive, channelNote)), owner),
                change.at(),
                ":undelivered");
        return new Confirmation(
                commitment.ownerId(), "your message to " + to + " about " + what, message, onDelivered, onUndelivered);
    }

    /** The DM to the other side: who it's from and about what, then all of the message. */
    static OutboxMessage post(Commitment commitment, String key, String channel, String intro, String message) {
        var blocks = new ArrayList<LayoutBlock>();
        blocks.add(section(section -> section.text(markdownText(intro))));
        blocks.addAll(WholeText.quoted(message));
        return OutboxMessage.post(
                commitment.teamId(),
                key,
                channel,
                Mrkdwn.plain(intro) + " " + Mrkdwn.escape(message),
                BlockJson.of(blocks),
                Optional.empty(),
                Optional.of(commitment.id()));
    }

    /** To the other side: "their promise to *send you the deck*", the task turned towards them. */
    static String aboutTheirPromise(Commitment commitment) {
        var task = Task.of(commitment);
        var towardsThem = Mrkdwn.escapeShortened(task.toThem(commitment.counterparty()), Mrkdwn.WHAT_IN_A_LINE);
        return commitment.direction() == Direction.MINE
                ? "their promise " + (task.isVerbPhrase() ? "to *" : "of *") + towardsThem + "*"
                : "your promise " + (task.isVerbPhrase() ? "to *" : "of *") + towardsThem + "*";
    }
}
