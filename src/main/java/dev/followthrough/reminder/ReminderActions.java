package dev.followthrough.reminder;

import static com.slack.api.model.block.Blocks.actions;
import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;

import com.slack.api.app_backend.interactive_components.response.ActionResponse;
import com.slack.api.bolt.context.builtin.ActionContext;
import com.slack.api.bolt.request.builtin.BlockActionRequest;
import com.slack.api.bolt.response.Response;
import com.slack.api.model.block.LayoutBlock;
import dev.followthrough.commitment.Commitment;
import dev.followthrough.commitment.Direction;
import dev.followthrough.ledger.Ledger;
import dev.followthrough.lifecycle.Act;
import dev.followthrough.lifecycle.ActionButtons;
import dev.followthrough.lifecycle.ActionValues;
import dev.followthrough.lifecycle.Lifecycle;
import dev.followthrough.lifecycle.Outcome;
import dev.followthrough.lifecycle.Pressed;
import dev.followthrough.lifecycle.PressedOn;
import dev.followthrough.platform.outbox.Outbox;
import dev.followthrough.platform.outbox.OutboxMessage;
import dev.followthrough.platform.slack.BlockKitFit;
import dev.followthrough.platform.slack.SlackPlatform;
import dev.followthrough.user.UserProfile;
import dev.followthrough.user.UserProfiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;

/**
 * The buttons on reminders, App Home and the digest that act at once: Delivered, Followed up only
 * (and when the next update is), Snooze. What each does, and what follows, is the lifecycle's.
 */
final class ReminderActions {

    private final SlackPlatform slack;
    private final Ledger ledger;
    private final Lifecycle lifecycle;
    private final UserProfiles profiles;
    private final Clock clock;
    private final Jdbi jdbi;
    private final Outbox outbox;
    private final Folds folds;

    ReminderActions(
            SlackPlatform slack,
            Ledger ledger,
            Lifecycle lifecycle,
            UserProfiles profiles,
            Clock clock,
            Jdbi jdbi,
            Outbox outbox) {
        this.slack = slack;
        this.ledger = ledger;
        this.lifecycle = lifecycle;
        this.profiles = profiles;
        this.clock = clock;
        this.jdbi = jdbi;
        this.outbox = outbox;
        this.folds = new Folds(outbox);
    }

    Response delivered(BlockActionRequest request, ActionContext context) {
        if (!(ActionValues.commitment(request.getPayload().getActions().get(0).getValue())
                instanceof Pressed.OnCommitment pressed)) {
            return refuse(context, Pressed.Malformed.REASON);
        }
        return act(request, context, pressed.commitmentId(), new Act.Keep());
    }

    /** Asks when the next update will be, offering the usual answers. */
    Response followedUp(BlockActionRequest request, ActionContext context) {
        var payload = request.getPayload();
        if (!(ActionValues.commitment(payload.getActions().get(0).getValue())
                instanceof Pressed.OnCommitment pressed)) {
            return refuse(context, Pressed.Malformed.REASON);
        }
        var id = pressed.commitmentId();
        var commitment = ledger.find(payload.getTeam().getId(), id);
        // Someone else's press never reaches here: OwnersOnly answers it first.
        if (commitment.isEmpty()) {
            return refuse(context, "That promise no longer exists.");
        }
        var question = ":telephone_receiver: Good, you followed up on " + ReminderMessages.what(commitment.get())
                + ". It stays open until it's delivered: when will you have the next update?";
        var buttons = ActionButtons.nextUpdateButtons(id);
        List<LayoutBlock> blocks = List.of(
                section(section -> section.text(markdownText(question))),
                actions(actions -> actions.blockId("update_at_" + id).elements(buttons)));
        if (askedInAFold(payload.getTeam().getId(), PressedOn.of(payload, id), blocks)) {
            return context.ack();
        }
        var response = ActionResponse.builder()
                .replaceOriginal(true)
                .text("When will you have the next update?")
                .blocks(blocks)
                .build();
        slack.afterAck("asking when the next update is", () -> respond(context, response));
        return context.ack();
    }

    /**
     * In a folded reminder the question replaces the pressed promise's part only, through the
     * outbox, in order with the updates other presses on the message queue; false when the press
     * was not in a fold.
     */
    private boolean askedInAFold(String teamId, PressedOn pressedOn, List<LayoutBlock> question) {
        return jdbi.inTransaction(handle -> folds.replacing(handle, teamId, pressedOn, question, true)
                .map(fold -> outbox.enqueue(
                        handle,
                        OutboxMessage.update(
                                teamId,
                                "settle:" + pressedOn.channel().orElseThrow() + ":"
                                        + pressedOn.ts().orElseThrow() + ":" + pressedOn.commitmentId() + ":"
                                        + clock.millis() + ":next-update",
                                pressedOn.channel().orElseThrow(),
                                pressedOn.ts().orElseThrow(),
                                fold.text(),
                                fold.blocksJson(),
                                Optional.of(pressedOn.commitmentId()))))
                .isPresent());
    }

    /** The answer to "when will you have the next update?". */
    Response updateAt(BlockActionRequest request, ActionContext context) {
        if (!(ActionValues.nextUpdate(request.getPayload().getActions().get(0).getValue())
                instanceof Pressed.NextUpdateChoice choice)) {
            return refuse(context, Pressed.Malformed.REASON);
        }
        var owner = owner(request);
        var at = morningAfter(owner, clock.instant(), choice.when().mornings());
        return act(request, context, choice.commitmentId(), new Act.FollowUp(at));
    }

    Response snooze(BlockActionRequest request, ActionContext context) {
        var selected = request.getPayload().getActions().get(0).getSelectedOption();
        if (!(ActionValues.snooze(selected == null ? null : selected.getValue())
                instanceof Pressed.SnoozeChoice choice)) {
            return refuse(context, Pressed.Malformed.REASON);
        }
        var owner = owner(request);
        var now = clock.instant();
        var until = choice.how().until(now, owner.morningAfter(now, 1));
        return act(request, context, choice.commitmentId(), new Act.Snooze(until));
    }

    private Response act(BlockActionRequest request, ActionContext context, long id, Act act) {
        var payload = request.getPayload();
        var outcome =
                lifecycle.act(payload.getTeam().getId(), payload.getUser().getId(), act, PressedOn.of(payload, id));
        if (outcome instanceof Outcome.Refused refused) {
            return refuse(context, refused.reason());
        }
        return context.ack();
    }

    private Response refuse(ActionContext context, String reason) {
        slack.afterAck(
                "explaining a refused button",
                () -> respond(
                        context,
                        ActionResponse.builder()
                                .responseType("ephemeral")
                                .replaceOriginal(false)
                                .text(":thinking_face: " + reason)
                                .build()));
        return context.ack();
    }

    private UserProfile owner(BlockActionRequest request) {
        var payload = request.getPayload();
        return profiles.lookup(payload.getTeam().getId(), payload.getUser().getId())
                .orElseGet(() -> UserProfile.assumed(
                        payload.getTeam().getId(), payload.getUser().getId(), ZoneOffset.UTC, clock.instant()));
    }

    private static Instant morningAfter(UserProfile owner, Instant now, int days) {
        var today = now.atZone(owner.zone()).toLocalDate();
        return owner.workingHours().morningOf(today.plusDays(days), owner.zone());
    }

    static void respond(ActionContext context, ActionResponse response) {
        if (context.getResponseUrl() == null) {
            // Pressed on App Home: no message to answer; the Home tab itself shows what happened.
            return;
        }
        try {
            context.respond(BlockKitFit.response(response));
        } catch (IOException unreachable) {
            throw new UncheckedIOException(unreachable);
        }
    }

    static boolean isTheirs(Commitment commitment) {
        return commitment.direction() == Direction.THEIRS;
    }
}
