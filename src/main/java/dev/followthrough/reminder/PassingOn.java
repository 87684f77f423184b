package dev.followthrough.reminder;

import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;

import com.slack.api.model.block.LayoutBlock;
import dev.followthrough.channel.ChannelPosts;
import dev.followthrough.commitment.Commitment;
import dev.followthrough.commitment.Counterparty;
import dev.followthrough.platform.outbox.BlockJson;
import dev.followthrough.platform.outbox.Confirmation;
import dev.followthrough.platform.outbox.Outbox;
import dev.followthrough.platform.outbox.OutboxMessage;
import dev.followthrough.platform.slack.Mrkdwn;
import dev.followthrough.platform.slack.WholeText;
import dev.followthrough.user.UserProfile;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import org.jdbi.v3.core.Handle;

/**
 * A renegotiation's message passed on to the other side, whole, with its owner told what became of
 * it only once that is known.
 */
final class PassingOn {

    private final Outbox outbox;
    private final Settling settling;
    private final ChannelPosts channelPosts;
    /** The settled reminder, saying what became of the message (or nothing yet). */
    private final BiFunction<Passing, Optional<String>, ReminderMessages.Message> settled;

    PassingOn(
            Outbox outbox,
            Settling settling,
            ChannelPosts channelPosts,
            BiFunction<Passing, Optional<String>, ReminderMessages.Message> settled) {
        this.outbox = outbox;
        this.settling = settling;
        this.channelPosts = channelPosts;
        this.settled = settled;
    }

    /** What a new deadline is being passed on with: the commitment as changed and the reminder to settle. */
    record Passing(Commitment commitment, DeadlineForm.Mode mode, Where where, UserProfile owner, Instant now) {}

    /**
     * Sends the renegotiation to the other side: a DM when they are on Slack, else into the
     * channel the promise was made in (the channel hears of the new date either way). The owner
     * is told it arrived only once it has (a {@link Confirmation} on the message); until then the
     * reminder says it is on its way. Empty when it could go nowhere and must be copied by hand.
     */
    Optional<String> tell(Handle handle, Passing passing, Optional<String> message, boolean before) {
        var commitment = passing.commitment();
        var userId = commitment.counterparty().flatMap(Counterparty::slackUserId);
        Optional<String> pending = Optional.empty();
        if (message.isPresent() && userId.isPresent()) {
            var to = "<@" + userId.get() + ">";
            var key = "renegotiation:" + commitment.id() + ":v" + commitment.deadlineVersion();
            var intro = "A message from <@" + commitment.ownerId() + "> about *"
                    + Mrkdwn.escapeShortened(commitment.what(), Mrkdwn.WHAT_IN_A_LINE) + "*:";
            var confirmation =
                    confirmation(passing, to + " has your message.", "your message to " + to, to, message.get());
            outbox.enqueue(
                    handle,
                    post(commitment, key, userId.get(), intro, message.get()).confirmedBy(confirmation));
            pending = Optional.of("Your message to " + to + " is on its way.");
        }
        if (passing.mode() != DeadlineForm.Mode.FIRM_UP
                && commitment.channelId().isPresent()) {
            var channel = "<#" + commitment.channelId().get() + ">";
            var forChannel = userId.isPresent() ? Optional.<String>empty() : message;
            var confirmation = forChannel.map(text -> confirmation(
                    passing, "Your message is in " + channel + ".", "your message in " + channel, channel, text));
            var posted = channelPosts.renegotiated(handle, commitment, before, forChannel, confirmation);
            if (forChannel.isPresent() && posted) {
                pending = Optional.of("Your message is on its way to " + channel + ".");
            }
        }
        return pending;
    }

    /** The owner's word once the message is in, or why not and the text to copy (see the outbox). */
    private Confirmation confirmation(
            Passing passing, String arrived, String undelivered, String where, String message) {
        var commitment = passing.commitment();
        var what = ReminderMessages.what(commitment);
        var didNotArrive = "Your message to " + where + " didn't arrive: it's below, to copy.";
        var onDelivered = settling.settlement(
                        passing.where(),
                        commitment,
                        settled.apply(passing, Optional.of(arrived)),
                        passing.now(),
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
                passing.where(),
                commitment,
                settled.apply(passing, Optional.of(didNotArrive)),
                passing.now(),
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
