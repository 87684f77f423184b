package dev.followthrough.channel;

import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;

import dev.followthrough.commitment.Commitment;
import dev.followthrough.commitment.Escalation;
import dev.followthrough.lifecycle.Escalations;
import dev.followthrough.platform.outbox.BlockJson;
import dev.followthrough.platform.outbox.Confirmation;
import dev.followthrough.platform.outbox.Outbox;
import dev.followthrough.platform.outbox.OutboxMessage;
import dev.followthrough.platform.outbox.SentMessage;
import dev.followthrough.platform.slack.DueText;
import dev.followthrough.platform.slack.Mrkdwn;
import dev.followthrough.platform.slack.PromiseWords;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jdbi.v3.core.Handle;

/**
 * A channel's escalation: its setting, and the post in the promise's thread or the DM to its
 * contact. The thread hears it even with the other posts off: raising it there is what the
 * channel asked for.
 */
final class ChannelEscalations implements Escalations {

    private final Outbox outbox;

    ChannelEscalations(Outbox outbox) {
        this.outbox = outbox;
    }

    @Override
    public Optional<Escalation> of(Handle handle, String teamId, String channelId) {
        return handle.attach(ChannelStore.class).find(teamId, channelId).flatMap(ChannelSettings::escalation);
    }

    @Override
    public void raise(Handle handle, Commitment commitment, Escalation escalation, Instant ownerToldAt) {
        var channelId = commitment.channelId().orElseThrow();
        var teamId = commitment.teamId();
        var text = escalation
                .contactId()
                .map(contact -> toTheContact(commitment, channelId, ownerToldAt))
                .orElseGet(() -> inTheThread(commitment, ownerToldAt));
        var recipient = escalation.contactId().orElse(channelId);
        var thread = escalation.inThread()
                ? outbox.firstPost(handle, teamId, commitment.id(), channelId).map(SentMessage::ts)
                : Optional.<String>empty();
        var raise = OutboxMessage.post(
                teamId,
                "escalated:" + commitment.id() + ":v" + commitment.deadlineVersion(),
                recipient,
                Mrkdwn.plain(text),
                BlockJson.of(List.of(section(section -> section.text(markdownText(text))))),
                thread,
                Optional.of(commitment.id()));
        // A raise that can't land (the app was removed from the channel, the contact left) is not
        // lost in silence: whoever set the channel up is told, with the text to pass on by hand.
        var setUpBy = handle.attach(ChannelStore.class).find(teamId, channelId).flatMap(ChannelSettings::updatedBy);
        outbox.enqueue(
                handle,
                setUpBy.map(userId -> raise.confirmedBy(new Confirmation(
                                userId,
                                "the raise of " + promise(commitment) + " "
                                        + escalation
                                                .contactId()
                                                .map(contact -> "to <@" + contact + ">")
                                                .orElse("in <#" + channelId + ">"),
                                Mrkdwn.plain(text),
                                Optional.empty(),
                                Optional.empty())))
                        .orElse(raise));
    }

    static String inTheThread(Commitment commitment, Instant ownerToldAt) {
        return ":rotating_light: *Raised:* " + promise(commitment) + " was due " + due(commitment)
                + " and is still neither delivered nor moved. " + owner(commitment) + " was told on "
                + DueText.slackDate(ownerToldAt, commitment.zone(), Locale.US) + " that it would be raised here.";
    }

    static String toTheContact(Commitment commitment, String channelId, Instant ownerToldAt) {
        return ":rotating_light: *Raised to you* as the escalation contact of <#" + channelId + ">: "
                + promise(commitment) + " was due " + due(commitment) + " and is still neither delivered nor moved. "
                + owner(commitment) + " was told on " + DueText.slackDate(ownerToldAt, commitment.zone(), Locale.US)
                + " that it would be raised with you.";
    }

    /** "<@owner>'s promise to *send the deck* to Acme". */
    private static String promise(Commitment commitment) {
        return PromiseWords.promise(commitment, owner(commitment) + "'s");
    }

    private static String owner(Commitment commitment) {
        return "<@" + commitment.ownerId() + ">";
    }

    private static String due(Commitment commitment) {
        return DueText.slackDate(commitment.due().orElseThrow(), commitment.zone(), Locale.US);
    }
}
