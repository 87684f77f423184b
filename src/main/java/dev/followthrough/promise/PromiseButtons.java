package dev.followthrough.promise;

import com.slack.api.app_backend.interactive_components.response.ActionResponse;
import com.slack.api.bolt.context.builtin.ActionContext;
import com.slack.api.bolt.request.builtin.BlockActionRequest;
import com.slack.api.bolt.response.Response;
import dev.followthrough.calendar.CalendarLinks;
import dev.followthrough.deadline.Deadline;
import dev.followthrough.deadline.PassedDeadline;
import dev.followthrough.lifecycle.Act;
import dev.followthrough.lifecycle.ActionValues;
import dev.followthrough.lifecycle.Lifecycle;
import dev.followthrough.lifecycle.Outcome;
import dev.followthrough.lifecycle.Pressed;
import dev.followthrough.lifecycle.PressedOn;
import dev.followthrough.platform.slack.BlockKitFit;
import dev.followthrough.platform.slack.SlackAnswers;
import dev.followthrough.platform.slack.SlackPlatform;
import dev.followthrough.user.UserProfiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;

/**
 * The buttons on a recorded promise (Mark done, Undo, and Reopen on its confirmation), acted on by
 * the lifecycle, and on an ambiguous one (the readings).
 */
final class PromiseButtons {

    private final Lifecycle lifecycle;
    private final RecordingAPromise recording;
    private final UserProfiles profiles;
    private final SlackPlatform slack;
    private final CalendarLinks calendar;
    private final Clock clock;

    PromiseButtons(
            Lifecycle lifecycle,
            RecordingAPromise recording,
            UserProfiles profiles,
            SlackPlatform slack,
            CalendarLinks calendar,
            Clock clock) {
        this.lifecycle = lifecycle;
        this.recording = recording;
        this.profiles = profiles;
        this.slack = slack;
        this.calendar = calendar;
        this.clock = clock;
    }

    /** Kept: the confirmation asks for the next step, and can take the keep back for a while. */
    Response markDone(BlockActionRequest request, ActionContext context) {
        return act(request, context, new Act.Keep());
    }

    Response undo(BlockActionRequest request, ActionContext context) {
        return act(request, context, new Act.Undo());
    }

    /** An accidental keep taken back from its confirmation: open again, as before. */
    Response reopen(BlockActionRequest request, ActionContext context) {
        return act(request, context, new Act.Reopen());
    }

    /** The summary was answered through its response URL, and so is what a press on it did. */
    private Response act(BlockActionRequest request, ActionContext context, Act act) {
        var payload = request.getPayload();
        if (!(ActionValues.commitment(payload.getActions().get(0).getValue())
                instanceof Pressed.OnCommitment pressed)) {
            respondLater(context, privately(Pressed.Malformed.REASON));
            return context.ack();
        }
        var outcome = lifecycle.act(
                payload.getTeam().getId(),
                payload.getUser().getId(),
                act,
                PressedOn.answeredThrough(payload, pressed.commitmentId()));
        if (outcome instanceof Outcome.Refused refused) {
            respondLater(context, privately(refused.reason()));
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
        var draft = pick.draft(owner.get().zone());
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
        var outcome = recording.save(promise, owner.get(), draft, (commitment, profile, writtenIn, recurring) -> {
            var locale = profile.locale();
            var blocks = PromiseMessages.recorded(commitment, locale, calendar, writtenIn);
            var summary = PromiseMessages.recordedText(commitment, locale, writtenIn);
            return pick.channel().isPresent()
                    ? SlackAnswers.inChannel(summary, blocks)
                    : SlackAnswers.ephemeral(summary, blocks);
        });
        if (outcome instanceof RecordingAPromise.Recorded recorded) {
            var commitment = recorded.commitment();
            var locale = owner.get().locale();
            var writtenIn = draft.deadline() instanceof Deadline.Hard hard ? hard.zone() : commitment.zone();
            var summary = ActionResponse.builder()
                    .responseType(pick.channel().isPresent() ? "in_channel" : "ephemeral")
                    .text(PromiseMessages.recordedText(commitment, locale, writtenIn))
                    .blocks(PromiseMessages.recorded(commitment, locale, calendar, writtenIn))
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
