package dev.followthrough.channel;

import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;

import dev.followthrough.commitment.Commitment;
import dev.followthrough.commitment.EventKind;
import dev.followthrough.commitment.Status;
import dev.followthrough.lifecycle.Aftermath;
import dev.followthrough.lifecycle.Change;
import dev.followthrough.lifecycle.ChannelThread;
import dev.followthrough.lifecycle.Consequence;
import dev.followthrough.platform.outbox.BlockJson;
import dev.followthrough.platform.outbox.Outbox;
import dev.followthrough.platform.outbox.OutboxMessage;
import dev.followthrough.platform.outbox.SentMessage;
import dev.followthrough.platform.slack.DueText;
import dev.followthrough.platform.slack.Mrkdwn;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.jdbi.v3.core.Handle;

/**
 * Posts about a commitment in the channel it was made in: when it comes due, when it slips, when
 * it is kept, moved (if its owner chooses), called off or dropped, so the channel sees promises
 * kept. The first post starts a thread; the rest reply in it. Called inside the transaction of
 * the change they announce.
 */
public final class ChannelPosts implements ChannelThread, Consequence {

    /** Slack's answers meaning Followthrough can't post in the channel until someone acts. */
    private static final Set<String> SHUT_OUT = Set.of("not_in_channel", "channel_not_found", "is_archived");

    private final Outbox outbox;

    public ChannelPosts(Outbox outbox) {
        this.outbox = outbox;
    }

    /** A keep, a keep taken back, and a promise called off or dropped are news in its thread. */
    @Override
    public void follow(Handle handle, Change change, Aftermath aftermath) {
        var kind = change.event().kind();
        if (kind == EventKind.KEPT) {
            kept(handle, change.after(), change.event().afterTheDeadline(), change.at());
        } else if (kind == EventKind.REOPENED && change.before().status() == Status.KEPT) {
            reopened(handle, change.after(), change.at());
        } else if (kind == EventKind.CANCELLED) {
            calledOff(handle, change.after(), change.at());
        }
    }

    @Override
    public void due(Handle handle, Commitment commitment) {
        post(handle, commitment, "due", ChannelPostTexts.due(commitment));
    }

    @Override
    public void missed(Handle handle, Commitment commitment) {
        post(handle, commitment, "missed", ChannelPostTexts.missed(commitment));
    }

    private void kept(Handle handle, Commitment commitment, boolean late, Instant at) {
        // Kept again after a reopen is news again: the key tells the keeps apart.
        post(handle, commitment, "kept", ChannelPostTexts.kept(commitment, late), at);
    }

    /** The thread said it was kept: it must hear that it isn't, after all. */
    private void reopened(Handle handle, Commitment commitment, Instant at) {
        post(handle, commitment, "reopened", ChannelPostTexts.reopened(commitment), at);
    }

    /**
     * The thread saw it come due and slip: it hears it won't come after all. The reason stays with
     * the owner (it may not be the channel's business); the key tells this apart from a later one.
     */
    private void calledOff(Handle handle, Commitment commitment, Instant at) {
        post(handle, commitment, "cancelled", ChannelPostTexts.calledOff(commitment), at);
    }

    /**
     * What happened to the date, said as it happened: the owner moved it. Nobody is said to have
     * agreed, since Followthrough never knows that. False when nothing could be posted (posts are
     * off there, or Followthrough isn't let in).
     */
    @Override
    public boolean renegotiated(Handle handle, Commitment commitment, boolean beforeDeadline) {
        var when = DueText.slackDate(commitment.due().orElseThrow(), commitment.zone(), Locale.US);
        return post(handle, commitment, "renegotiated", ChannelPostTexts.moved(commitment, when, beforeDeadline), "");
    }

    private void post(Handle handle, Commitment commitment, String kind, String text) {
        post(handle, commitment, kind, text, "");
    }

    private void post(Handle handle, Commitment commitment, String kind, String text, Instant at) {
        post(handle, commitment, kind, text, ":" + at.toEpochMilli());
    }

    private boolean post(Handle handle, Commitment commitment, String kind, String text, String keySuffix) {
        if (commitment.channelId().isEmpty()) {
            return false;
        }
        var channelId = commitment.channelId().get();
        var teamId = commitment.teamId();
        var settings = handle.attach(ChannelStore.class)
                .find(teamId, channelId)
                .orElseGet(() -> ChannelSettings.defaults(teamId, channelId, ZoneOffset.UTC));
        if (!settings.threadPosts()) {
            return false;
        }
        if (outbox.refused(handle, teamId, channelId, SHUT_OUT)) {
            tellOwnerOnce(handle, commitment, channelId);
            return false;
        }
        var thread =
                outbox.firstPost(handle, teamId, commitment.id(), channelId).map(SentMessage::ts);
        var post = OutboxMessage.post(
                teamId,
                "channel-" + kind + ":" + commitment.id() + ":v" + commitment.deadlineVersion() + keySuffix,
                channelId,
                Mrkdwn.plain(text),
                BlockJson.of(List.of(section(section -> section.text(markdownText(text))))),
                thread,
                Optional.of(commitment.id()));
        outbox.enqueue(handle, post);
        return true;
    }

    /** Once per owner and channel: Followthrough can't post there, and what to do about it. */
    private void tellOwnerOnce(Handle handle, Commitment commitment, String channelId) {
        var text = ":lock: I couldn't post about your promises in <#" + channelId + ">: I'm not a member there (it may"
                + " be private or archived). Invite me with `/invite @Followthrough` in that channel, or turn channel"
                + " posts off there with `/promise channel posts off`. Your own reminders still come here.";
        outbox.enqueue(
                handle,
                OutboxMessage.post(
                        commitment.teamId(),
                        "shut-out:" + channelId + ":" + commitment.ownerId(),
                        commitment.ownerId(),
                        Mrkdwn.plain(text),
                        BlockJson.of(List.of(section(section -> section.text(markdownText(text))))),
                        Optional.empty(),
                        Optional.empty()));
    }

    private static String what(Commitment commitment) {
        return "*" + Mrkdwn.escapeShortened(commitment.what(), Mrkdwn.WHAT_IN_A_LINE) + "*";
    }
}
