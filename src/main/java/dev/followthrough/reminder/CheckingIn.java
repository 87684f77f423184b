package dev.followthrough.reminder;

import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;

import com.slack.api.bolt.context.builtin.ViewSubmissionContext;
import com.slack.api.bolt.request.builtin.ViewSubmissionRequest;
import com.slack.api.bolt.response.Response;
import dev.followthrough.commitment.Commitment;
import dev.followthrough.commitment.Counterparty;
import dev.followthrough.commitment.Direction;
import dev.followthrough.commitment.Refusal;
import dev.followthrough.ledger.Ledger;
import dev.followthrough.lifecycle.PressedOn;
import dev.followthrough.lifecycle.Refusals;
import dev.followthrough.platform.outbox.BlockJson;
import dev.followthrough.platform.outbox.Confirmation;
import dev.followthrough.platform.outbox.Outbox;
import dev.followthrough.platform.outbox.OutboxMessage;
import dev.followthrough.platform.slack.Mrkdwn;
import dev.followthrough.platform.slack.ViewStates;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * Sends the owner's check-in to someone on Slack whose promise slipped, as a DM from Followthrough.
 * It changes nothing about the commitment, so it is no lifecycle act: the DM is queued in the
 * transaction that claims the request (so a redelivered submission sends nothing more), keyed by
 * the deadline (one check-in per slip), and the owner is told it arrived only once it has, the same
 * way a renegotiation's message is (a {@link Confirmation} on it).
 */
final class CheckingIn {

    private final Jdbi jdbi;
    private final Ledger ledger;
    private final Outbox outbox;
    private final Settling settling;
    private final Clock clock;

    CheckingIn(Jdbi jdbi, Ledger ledger, Outbox outbox, Settling settling, Clock clock) {
        this.jdbi = jdbi;
        this.ledger = ledger;
        this.outbox = outbox;
        this.settling = settling;
        this.clock = clock;
    }

    Response submit(ViewSubmissionRequest request, ViewSubmissionContext context) {
        var payload = request.getPayload();
        var view = payload.getView();
        var typed = ViewStates.text(view.getState(), CheckInForm.MESSAGE);
        if (typed.isEmpty()) {
            return context.ackWithErrors(Forms.error(CheckInForm.MESSAGE, "Write the check-in, or close the form."));
        }
        if (typed.get().length() > DeadlineForm.MESSAGE_MOST) {
            // Slack's form stops at max_length; anything longer didn't come from it, and would be cut.
            return context.ackWithErrors(Forms.error(
                    CheckInForm.MESSAGE,
                    "That's " + typed.get().length() + " characters; a check-in can be at most "
                            + DeadlineForm.MESSAGE_MOST + "."));
        }
        var pressedOn = PressedOn.fromMetadata(view.getPrivateMetadata());
        var refused = jdbi.inTransaction(handle ->
                send(handle, payload.getTeam().getId(), payload.getUser().getId(), pressedOn, typed.get()));
        return refused.map(reason -> context.ackWithErrors(Forms.error(CheckInForm.MESSAGE, reason)))
                .orElseGet(context::ack);
    }

    /** Queues the check-in and settles the slipped message; or why not. */
    private Optional<String> send(Handle handle, String teamId, String actorId, PressedOn pressedOn, String text) {
        var found = ledger.lock(handle, teamId, pressedOn.commitmentId());
        if (found.isEmpty()) {
            return Optional.of("That promise no longer exists.");
        }
        var commitment = found.get();
        if (!commitment.isOwnedBy(actorId)) {
            return Optional.of(Refusals.say(Refusal.NOT_THE_OWNER, commitment));
        }
        var userId = commitment.counterparty().flatMap(Counterparty::slackUserId);
        if (commitment.direction() != Direction.THEIRS || userId.isEmpty()) {
            return Optional.of("I can only send a check-in to someone on Slack who owes you something.");
        }
        if (!commitment.status().isOpen()) {
            return Optional.of("That promise isn't open any more, so there's nothing to check in on.");
        }
        var to = "<@" + userId.get() + ">";
        var what = ReminderMessages.what(commitment);
        var now = clock.instant();
        var intro = "A check-in from <@" + commitment.ownerId() + "> about " + PassingOn.aboutTheirPromise(commitment)
                + ":";
        var arrived = ":incoming_envelope: " + to + " has your check-in about " + what + ".";
        var confirmation = new Confirmation(
                commitment.ownerId(),
                "your check-in to " + to + " about " + what,
                text,
                settling.settlement(
                                handle, pressedOn, commitment, settled(commitment, arrived), now, ":check-in:delivered")
                        .or(() -> Optional.of(toOwner(commitment, arrived))),
                settling.settlement(
                        handle,
                        pressedOn,
                        commitment,
                        settled(
                                commitment,
                                ":warning: Your check-in to " + to + " didn't arrive: it's below, to copy."),
                        now,
                        ":check-in:undelivered"));
        var key = "check-in:" + commitment.id() + ":v" + commitment.deadlineVersion();
        var checkIn = PassingOn.post(commitment, key, userId.get(), intro, text).confirmedBy(confirmation);
        if (!outbox.enqueue(handle, checkIn)) {
            return Optional.of("You've sent a check-in about this already.");
        }
        settling.show(
                handle,
                pressedOn,
                commitment,
                settled(
                        commitment,
                        ":outbox_tray: Your check-in to " + to + " about " + what + " is on its way as a DM."),
                now,
                ":check-in");
        return Optional.empty();
    }

    /** The slipped message, once the check-in is sent: where it went, and what's left to do. */
    private static ReminderMessages.Message settled(Commitment commitment, String sentence) {
        return new ReminderMessages.Message(
                Mrkdwn.plain(sentence),
                List.of(
                        section(section -> section.text(markdownText(sentence))),
                        TheirsMessages.slippedButtons(commitment, false)));
    }

    /** Where there is no message to settle: the owner hears it in a DM. */
    private static OutboxMessage toOwner(Commitment commitment, String sentence) {
        return OutboxMessage.post(
                commitment.teamId(),
                "check-in-arrived:" + commitment.id() + ":v" + commitment.deadlineVersion(),
                commitment.ownerId(),
                Mrkdwn.plain(sentence),
                BlockJson.of(List.of(section(section -> section.text(markdownText(sentence))))),
                Optional.empty(),
                Optional.of(commitment.id()));
    }
}
