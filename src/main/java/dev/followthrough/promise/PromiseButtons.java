package dev.followthrough.promise;

import com.slack.api.app_backend.interactive_components.response.ActionResponse;
import com.slack.api.bolt.context.builtin.ActionContext;
import com.slack.api.bolt.request.builtin.BlockActionRequest;
import com.slack.api.bolt.response.Response;
import dev.followthrough.calendar.CalendarLinks;
import dev.followthrough.channel.ChannelPosts;
import dev.followthrough.commitment.Commitment;
import dev.followthrough.commitment.EventKind;
import dev.followthrough.commitment.Transition;
import dev.followthrough.commitment.Transitions;
import dev.followthrough.deadline.Deadline;
import dev.followthrough.deadline.PassedDeadline;
import dev.followthrough.ledger.Ledger;
import dev.followthrough.lifecycle.ActionValues;
import dev.followthrough.lifecycle.Pressed;
import dev.followthrough.platform.slack.BlockKitFit;
import dev.followthrough.platform.slack.Mrkdwn;
import dev.followthrough.platform.slack.SlackAnswers;
import dev.followthrough.platform.slack.SlackPlatform;
import dev.followthrough.user.UserProfile;
import dev.followthrough.user.UserProfiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/** The buttons on a recorded promise (Mark done, Undo) and on an ambiguous one (the readings). */
final class PromiseButtons {

    @FunctionalInterface
    private interface Change {
        Transition apply(Commitment commitment, String actorId, Instant now);
    }

    private final Ledger ledger;
    private final ChannelPosts channelPosts;
    private final RecordingAPromise recording;
    private final UserProfiles profiles;
    private final SlackPlatform slack;
    private final CalendarLinks calendar;
    private final Clock clock;

    PromiseButtons(
            Ledger ledger,
            ChannelPosts channelPosts,
            RecordingAPromise recording,
            UserProfiles profiles,
            SlackPlatform slack,
            CalendarLinks calendar,
            Clock clock) {
        this.ledger = ledger;
        this.channelPosts = channelPosts;
        this.recording = recording;
        this.profiles = profiles;
        this.slack = slack;
        this.calendar = calendar;
        this.clock = clock;
    }

    /** Kept: the confirmation asks for the next step, and can take the keep back for a while. */
    Response markDone(BlockActionRequest request, ActionContext context) {
        return change(request, context, Transitions::markKept, changed -> {
            var commitment = changed.commitment();
            return ActionResponse.builder()
                    .replaceOriginal(true)
                    .text(Mrkdwn.plain(
                            PromiseMessages.kept(commitment, changed.event().afterTheDeadline())))
                    .blocks(PromiseMessages.keptAskingNextStep(
                            commitment, changed.event().afterTheDeadline()))
                    .build();
        });
    }

    Response undo(BlockActionRequest request, ActionContext context) {
        return change(
                request,
                context,
                Transitions::undo,
                changed -> replacedBy(PromiseMessages.undone(changed.commitment())));
    }

    /** An accidental keep taken back from its confirmation: open again, as before. */
    Response reopen(BlockActionRequest request, ActionContext context) {
        return change(
                request,
                context,
                Transitions::reopen,
                changed -> replacedBy(PromiseMessages.reopened(
                        changed.commitment(),
                        profiles.lookup(
                                        changed.commitment().teamId(),
                                        changed.commitment().ownerId())
                                .map(UserProfile::locale)
                                .orElse(Locale.US))));
    }

    private static ActionResponse replacedBy(String mrkdwn) {
        return ActionResponse.builder().replaceOriginal(true).text(mrkdwn).build();
    }

    private Response change(
            BlockActionRequest request,
            ActionContext context,
            Change change,
            Function<Transition.Changed, ActionResponse> confirmation) {
        var payload = request.getPayload();
        var teamId = payload.getTeam().getId();
        var actorId = payload.getUser().getId();
        var commitmentId =
                ActionValues.commitment(payload.getActions().get(0).getValue()) instanceof Pressed.OnCommitment pressed
                        ? Optional.of(pressed.commitmentId())
                        : Optional.<Long>empty();
        var now = clock.instant();
        var outcome = commitmentId.isEmpty()
                ? new Transition.Refused(Pressed.Malformed.REASON)
                : ledger.change(
                        teamId,
                        commitmentId.get(),
                        commitment -> change.apply(commitment, actorId, now),
                        (handle, changed) -> {
                            if (changed.event().kind() == EventKind.KEPT) {
                                channelPosts.kept(
                                        handle,
                                        changed.commitment(),
                                        changed.event().afterTheDeadline());
                            }
                        });
        if (outcome instanceof Transition.Changed changed) {
            respondLater(context, confirmation.apply(changed));
        } else {
            var reason = ((Transition.Refused) outcome).reason();
            respondLater(context, privately(reason));
        }
        return context.ack();
    }

    Response pick(BlockActionRequest request, ActionContext context) {
        var payload = request.getPayload();
        var teamId = payload.getTeam().getId();
        var actorId = payload.getUser().getId();
        var pick = Choices.Pick.parse(payload.getActions().get(0).getValue());
        if (!pick.ownerId().equals(actorId)) {
            respondLater(context, privately("Only <@" + pick.ownerId() + "> can pick the date for their promise."));
            return context.ack();
        }
        var owner = profiles.lookup(teamId, actorId);
        if (owner.isEmpty()) {
            respondLater(context, privately(RecordingAPromise.NO_PROFILE));
            return context.ack();
        }
        var draft = pick.draft();
        if (draft.deadline() instanceof Deadline.Hard hard) {
            var passed = PassedDeadline.refusal(
                    hard.due(), clock.instant(), owner.get().deadlineContext());
            if (passed.isPresent()) {
                respondLater(context, privately(passed.get() + " Nothing was saved."));
                return context.ack();
            }
        }
        // Keyed on the original command: a second click, on any reading, saves nothing more.
        var promise = new RecordingAPromise.Request(teamId, actorId, pick.channel(), "choice:" + pick.requestKey(), "");
        var outcome = recording.save(promise, owner.get(), draft, (commitment, profile) -> {
            var locale = profile.locale();
            var blocks = PromiseMessages.recorded(commitment, locale, calendar);
            var summary = PromiseMessages.recordedText(commitment, locale);
            return pick.channel().isPresent()
                    ? SlackAnswers.inChannel(summary, blocks)
                    : SlackAnswers.ephemeral(summary, blocks);
        });
        if (outcome instanceof RecordingAPromise.Recorded recorded) {
            var commitment = recorded.commitment();
            var locale = owner.get().locale();
            var summary = ActionResponse.builder()
                    .responseType(pick.channel().isPresent() ? "in_channel" : "ephemeral")
                    .text(PromiseMessages.recordedText(commitment, locale))
                    .blocks(PromiseMessages.recorded(commitment, locale, calendar))
                    .build();
            slack.afterAck("showing the picked promise " + commitment.id(), () -> {
                // The question was only for the owner; the promise itself goes where it was made.
                respond(context, ActionResponse.builder().deleteOriginal(true).build());
                respond(context, summary);
            });
        } else {
            respondLater(context, privately("You already picked a date for this one: it's recorded."));
        }
        return context.ack();
    }

    private static ActionResponse privately(String text) {
        return ActionResponse.builder()
                .responseType("ephemeral")
                .replaceOriginal(false)
                .text(":thinking_face: " + text)
                .build();
    }

    private void respondLater(ActionContext context, ActionResponse response) {
        slack.afterAck("answering a button", () -> respond(context, response));
    }

    private static void respond(ActionContext context, ActionResponse response) {
        if (context.getResponseUrl() == null) {
            // Pressed on App Home: no message to answer; the Home tab itself shows what happened.
            return;
        }
        try {
            context.respond(BlockKitFit.response(response));
        } catch (IOException unreachable) {
            throw new UncheckedIOException("Could not answer through the response_url", unreachable);
        }
    }
}
