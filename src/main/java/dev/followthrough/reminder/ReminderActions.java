package dev.followthrough.reminder;

import static com.slack.api.model.block.Blocks.actions;
import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;

import com.slack.api.app_backend.interactive_components.payload.BlockActionPayload;
import com.slack.api.app_backend.interactive_components.response.ActionResponse;
import com.slack.api.bolt.context.builtin.ActionContext;
import com.slack.api.bolt.request.builtin.BlockActionRequest;
import com.slack.api.bolt.response.Response;
import dev.followthrough.channel.ChannelPosts;
import dev.followthrough.commitment.Commitment;
import dev.followthrough.commitment.Direction;
import dev.followthrough.commitment.EventKind;
import dev.followthrough.commitment.Transition;
import dev.followthrough.commitment.Transitions;
import dev.followthrough.deadline.WorkingHours;
import dev.followthrough.ledger.Ledger;
import dev.followthrough.lifecycle.ActionButtons;
import dev.followthrough.lifecycle.ActionValues;
import dev.followthrough.lifecycle.Pressed;
import dev.followthrough.platform.slack.BlockKitFit;
import dev.followthrough.platform.slack.DueText;
import dev.followthrough.platform.slack.SlackPlatform;
import dev.followthrough.user.UserProfile;
import dev.followthrough.user.UserProfiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/** The buttons on reminders: Delivered, Followed up only (and when the next update is), Snooze. */
final class ReminderActions {

    private final SlackPlatform slack;
    private final Ledger ledger;
    private final Settling settling;
    private final ChannelPosts channelPosts;
    private final UserProfiles profiles;
    private final Clock clock;

    ReminderActions(
            SlackPlatform slack,
            Ledger ledger,
            Settling settling,
            ChannelPosts channelPosts,
            UserProfiles profiles,
            Clock clock) {
        this.slack = slack;
        this.ledger = ledger;
        this.settling = settling;
        this.channelPosts = channelPosts;
        this.profiles = profiles;
        this.clock = clock;
    }

    Response delivered(BlockActionRequest request, ActionContext context) {
        var now = clock.instant();
        return change(
                request, context, commitment -> Transitions.markKept(commitment, actor(request), now), changed -> {
                    return ReminderMessages.keptAskingNextStep(
                            changed.commitment(), changed.event().afterTheDeadline());
                });
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
        var response = ActionResponse.builder()
                .replaceOriginal(true)
                .text("When will you have the next update?")
                .blocks(List.of(
                        section(section -> section.text(markdownText(question))),
                        actions(actions -> actions.blockId("update_at_" + id).elements(buttons))))
                .build();
        slack.afterAck("asking when the next update is", () -> respond(context, response));
        return context.ack();
    }

    /** The answer to "when will you have the next update?". */
    Response updateAt(BlockActionRequest request, ActionContext context) {
        if (!(ActionValues.nextUpdate(request.getPayload().getActions().get(0).getValue())
                instanceof Pressed.NextUpdateChoice choice)) {
            return refuse(context, Pressed.Malformed.REASON);
        }
        var owner = owner(request);
        var now = clock.instant();
        var at = morningAfter(owner, now, choice.when().mornings());
        return change(
                request,
                context,
                choice.commitmentId(),
                commitment -> Transitions.followedUp(commitment, actor(request), now, at),
                changed -> ReminderMessages.settled(":telephone_receiver: Followed up on "
                        + ReminderMessages.what(changed.commitment()) + ". I'll check back "
                        + DueText.slackDate(at, owner.zone(), owner.locale()) + "."));
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
        return change(
                request,
                context,
                choice.commitmentId(),
                commitment -> Transitions.snooze(commitment, actor(request), now, until),
                changed -> {
                    var remindAt = changed.event().remindAt().orElse(until);
                    var when = DueText.slackDate(remindAt, owner.zone(), owner.locale());
                    var what = ReminderMessages.what(changed.commitment());
                    return ReminderMessages.settled(
                            remindAt.isBefore(until)
                                    ? ":zzz: Snoozed. That would have passed the deadline of " + what
                                            + ", so I'll remind you at the deadline, " + when + "."
                                    : ":zzz: Snoozed. I'll remind you about " + what + " " + when + ".");
                });
    }

    private Response change(
            BlockActionRequest request,
            ActionContext context,
            Function<Commitment, Transition> rule,
            Function<Transition.Changed, ReminderMessages.Message> settledAs) {
        if (!(ActionValues.commitment(request.getPayload().getActions().get(0).getValue())
                instanceof Pressed.OnCommitment pressed)) {
            return refuse(context, Pressed.Malformed.REASON);
        }
        return change(request, context, pressed.commitmentId(), rule, settledAs);
    }

    private Response change(
            BlockActionRequest request,
            ActionContext context,
            long id,
            Function<Commitment, Transition> rule,
            Function<Transition.Changed, ReminderMessages.Message> settledAs) {
        var payload = request.getPayload();
        var where = where(payload, id);
        var now = clock.instant();
        var outcome = ledger.change(payload.getTeam().getId(), id, rule, (handle, changed) -> {
            settling.settle(handle, where, changed.commitment(), settledAs.apply(changed), now);
            if (changed.event().kind() == EventKind.KEPT) {
                channelPosts.kept(handle, changed.commitment(), changed.event().afterTheDeadline());
                if (where.channel().isEmpty()) {
                    // App Home has no message to ask in: the next-step question comes as a DM.
                    settling.tellOwner(handle, changed.commitment(), settledAs.apply(changed), now);
                }
            }
        });
        if (outcome instanceof Transition.Refused refused) {
            return refuse(context, refused.reason());
        }
        return context.ack();
    }

    static Where where(BlockActionPayload payload, long id) {
        var container = payload.getContainer();
        var inMessage = container != null && "message".equals(container.getType()) && !container.isEphemeral();
        return new Where(
                id,
                Optional.ofNullable(inMessage ? container.getChannelId() : null),
                Optional.ofNullable(inMessage ? container.getMessageTs() : null),
                ActionButtons.isDigestRow(payload.getActions().get(0).getBlockId()));
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
                .orElseGet(() -> new UserProfile(
                        payload.getTeam().getId(),
                        payload.getUser().getId(),
                        java.time.ZoneOffset.UTC,
                        Locale.US,
                        WorkingHours.DEFAULT,
                        UserProfile.DEFAULT_LEAD_TIMES,
                        clock.instant()));
    }

    private static Instant morningAfter(UserProfile owner, Instant now, int days) {
        var today = now.atZone(owner.zone()).toLocalDate();
        return owner.workingHours().morningOf(today.plusDays(days), owner.zone());
    }

    private static String actor(BlockActionRequest request) {
        return request.getPayload().getUser().getId();
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
