package dev.followthrough.reminder;

import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;

import com.slack.api.model.block.LayoutBlock;
import dev.followthrough.commitment.Commitment;
import dev.followthrough.commitment.Counterparty;
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
 * Tells the other side of a moved deadline: the owner's message, whole, as a DM when they are on
 * Slack, else into the channel the promise was made in (the channel hears of the new date either
 * way). The owner is told it arrived only once it has (a {@link Confirmation} on the message);
 * until then the confirmation says it is on its way. When it can go nowhere, the aftermath says
 * so, and the form offers the text to copy.
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
        var message = move.message();
        var before =
                change.event().timing().filter(Timing.BY_THE_DEADLINE::equals).isPresent();
        var userId = commitment.counterparty().flatMap(Counterparty::slackUserId);
        if (message.isPresent() && userId.isPresent()) {
            var to = "<@" + userId.get() + ">";
            var key = "renegotiation:" + commitment.id() + ":v" + commitment.deadlineVersion();
            var intro = "A message from <@" + commitment.ownerId() + "> about *"
                    + Mrkdwn.escapeShortened(commitment.what(), Mrkdwn.WHAT_IN_A_LINE) + "*:";
            var confirmation = confirmation(
                    change, aftermath, to + " has your message.", "your message to " + to, to, message.get());
            outbox.enqueue(
                    handle,
                    post(commitment, key, userId.get(), intro, message.get()).confirmedBy(confirmation));
            aftermath.note("Your message to " + to + " is on its way.");
            aftermath.messagePassedOn();
        }
        if (move.move() != Act.DeadlineMove.FIRM_UP && commitment.channelId().isPresent()) {
            var channel = "<#" + commitment.channelId().get() + ">";
            var forChannel = userId.isPresent() ? Optional.<String>empty() : message;
            var confirmation = forChannel.map(text -> confirmation(
                    change,
                    aftermath,
                    "Your message is in " + channel + ".",
                    "your message in " + channel,
                    channel,
                    text));
            var posted = channelThread.renegotiated(handle, commitment, before, forChannel, confirmation);
            if (forChannel.isPresent() && posted) {
                aftermath.note("Your message is on its way to " + channel + ".");
                aftermath.messagePassedOn();
            }
        }
    }

    /** The owner's word once the message is in, or why not and the text to copy (see the outbox). */
    private Confirmation confirmation(
            Change change, Aftermath aftermath, String arrived, String undelivered, String where, String message) {
        var commitment = change.after();
        var owner = settling.owner(commitment);
        var what = ReminderMessages.what(commitment);
        var didNotArrive = "Your message to " + where + " didn't arrive: it's below, to copy.";
        var onDelivered = settling.settlement(
                        change.pressedOn(),
                        commitment,
                        Confirmations.of(change, aftermath.withNote(arrived), owner),
                        change.at(),
                        ":delivered")
                .or(() -> Optional.of(OutboxMessage.post(
                        commitment.teamId(),
                        "renegotiation-arrived:" + commitment.id() + ":v" + commitment.deadlineVersion()
                                + (where.startsWith("<#") ? ":channel" : ":dm"),
                        commitment.ownerId(),
                        Mrkdwn.plain(arrived),
                        BlockJson.of(List.of(section(section -> section.text(
                                markdownText(":incoming_envelope: " + arrived + " It was about " + what + "."))))),
                        Optional.empty(),
                        Optional.of(commitment.id()))));
        var onUndelivered = settling.settlement(
                change.pressedOn(),
                commitment,
                Confirmations.of(change, aftermath.withNote(didNotArrive), owner),
                change.at(),
                ":undelivered");
        return new Confirmation(
                commitment.ownerId(), undelivered + " about " + what, message, onDelivered, onUndelivered);
    }

    /** The DM to the other side: who it's from and about what, then all of the message. */
    private static OutboxMessage post(Commitment commitment, String key, String channel, String intro, String message) {
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
}
