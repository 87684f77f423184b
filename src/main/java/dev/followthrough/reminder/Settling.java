package dev.followthrough.reminder;

import com.slack.api.app_backend.interactive_components.response.ActionResponse;
import com.slack.api.util.json.GsonFactory;
import dev.followthrough.commitment.Commitment;
import dev.followthrough.lifecycle.Aftermath;
import dev.followthrough.lifecycle.Change;
import dev.followthrough.lifecycle.Consequence;
import dev.followthrough.lifecycle.PressedOn;
import dev.followthrough.platform.outbox.BlockJson;
import dev.followthrough.platform.outbox.Outbox;
import dev.followthrough.platform.outbox.OutboxMessage;
import dev.followthrough.platform.slack.BlockKitFit;
import dev.followthrough.platform.slack.SlackPlatform;
import dev.followthrough.user.UserProfile;
import dev.followthrough.user.UserProfiles;
import java.time.Instant;
import java.util.Optional;
import org.jdbi.v3.core.Handle;

/**
 * Shows what a change did where its button was pressed, in the change's own transaction: a
 * message Followthrough sent loses its buttons for the confirmation (a digest row is answered in
 * the digest's thread, leaving the digest whole); the summary after {@code /promise} is replaced
 * through its response URL; on App Home, which has no message, a question (the next step) comes
 * as a DM and the Home tab shows the rest.
 */
public final class Settling implements Consequence {

    private final Outbox outbox;
    private final SlackPlatform slack;
    private final UserProfiles profiles;
    private final Folds folds;

    public Settling(Outbox outbox, SlackPlatform slack, UserProfiles profiles) {
        this.outbox = outbox;
        this.slack = slack;
        this.profiles = profiles;
        this.folds = new Folds(outbox);
    }

    @Override
    public void follow(Handle handle, Change change, Aftermath aftermath) {
        var message = Confirmations.of(change, aftermath, owner(change.after()));
        show(handle, change.pressedOn(), change.after(), message, change.at(), "");
        if (!change.pressedOn().onAMessage() && aftermath.question().isPresent()) {
            tellOwner(handle, change.after(), message, change.at());
        }
    }

    @Override
    public void followNextStep(Handle handle, Commitment next, PressedOn pressedOn) {
        var message = ReminderMessages.nextStepRecorded(next, owner(next).locale());
        show(handle, pressedOn, next, message, next.createdAt(), ":next-step");
    }

    UserProfile owner(Commitment commitment) {
        return profiles.lookup(commitment.teamId(), commitment.ownerId())
                .orElseGet(() -> UserProfile.assumed(
                        commitment.teamId(), commitment.ownerId(), commitment.zone(), commitment.updatedAt()));
    }

    /** Replaces the pressed message with {@code message}, told apart from an earlier word by {@code keySuffix}. */
    void show(
            Handle handle,
            PressedOn pressedOn,
            Commitment commitment,
            ReminderMessages.Message message,
            Instant now,
            String keySuffix) {
        settlement(handle, pressedOn, commitment, message, now, keySuffix, true)
                .ifPresent(update -> outbox.enqueue(handle, update));
        if (pressedOn.channel().isEmpty() && pressedOn.responseUrl().isPresent()) {
            var json = GsonFactory.createSnakeCase()
                    .toJson(BlockKitFit.response(ActionResponse.builder()
                            .replaceOriginal(true)
                            .text(message.text())
                            .blocks(message.blocks())
                            .build()));
            var url = pressedOn.responseUrl().get();
            slack.afterAck("showing what a button did", () -> slack.respond(url, json));
        }
    }

    /** Tells the owner in a DM, where there was no message to update (a press on App Home). */
    private void tellOwner(Handle handle, Commitment commitment, ReminderMessages.Message message, Instant now) {
        outbox.enqueue(
                handle,
                OutboxMessage.post(
                        commitment.teamId(),
                        "told:" + commitment.id() + ":" + now.toEpochMilli(),
                        commitment.ownerId(),
                        message.text(),
                        BlockJson.of(message.blocks()),
                        Optional.empty(),
                        Optional.of(commitment.id())));
    }

    /**
     * The update of the message Followthrough sent to {@code message}, not yet enqueued (a later
     * word on the same message, once a renegotiation has arrived, is told apart by {@code
     * keySuffix}); empty when the button wasn't on one. In a folded reminder only the pressed
     * promise's part changes; this word is not kept for later presses on the message, as it only
     * stands once what it waits for has happened.
     */
    Optional<OutboxMessage> settlement(
            Handle handle,
            PressedOn pressedOn,
            Commitment commitment,
            ReminderMessages.Message message,
            Instant now,
            String keySuffix) {
        return settlement(handle, pressedOn, commitment, message, now, keySuffix, false);
    }

    private Optional<OutboxMessage> settlement(
            Handle handle,
            PressedOn pressedOn,
            Commitment commitment,
            ReminderMessages.Message message,
            Instant now,
            String keySuffix,
            boolean keep) {
        if (pressedOn.channel().isEmpty() || pressedOn.ts().isEmpty()) {
            return Optional.empty();
        }
        var channel = pressedOn.channel().get();
        var ts = pressedOn.ts().get();
        if (pressedOn.onDigestRow()) {
            // Replacing the digest would wipe every other row: answer beneath it instead.
            return Optional.of(OutboxMessage.post(
                    commitment.teamId(),
                    "settle:" + channel + ":" + ts + ":" + commitment.id() + ":" + now.toEpochMilli() + keySuffix,
                    channel,
                    message.text(),
                    BlockJson.of(message.blocks()),
                    pressedOn.ts(),
                    Optional.of(commitment.id())));
        }
        var fold = folds.replacing(handle, commitment.teamId(), pressedOn, message.blocks(), keep);
        if (fold.isPresent()) {
            // Presses on two promises of one message may share a millisecond: the key names the promise.
            return Optional.of(OutboxMessage.update(
                    commitment.teamId(),
                    "settle:" + channel + ":" + ts + ":" + pressedOn.commitmentId() + ":" + now.toEpochMilli()
                            + keySuffix,
                    channel,
                    ts,
                    fold.get().text(),
                    fold.get().blocksJson(),
                    Optional.of(commitment.id())));
        }
        return Optional.of(OutboxMessage.update(
                commitment.teamId(),
                "settle:" + channel + ":" + ts + ":" + now.toEpochMilli() + keySuffix,
                channel,
                ts,
                message.text(),
                BlockJson.of(message.blocks()),
                Optional.of(commitment.id())));
    }
}
