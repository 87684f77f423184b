package dev.followthrough.reminder;

import static com.slack.api.model.block.Blocks.input;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;
import static com.slack.api.model.block.element.BlockElements.plainTextInput;

import com.slack.api.app_backend.interactive_components.response.ActionResponse;
import com.slack.api.bolt.context.builtin.ActionContext;
import com.slack.api.bolt.context.builtin.ViewSubmissionContext;
import com.slack.api.bolt.request.builtin.BlockActionRequest;
import com.slack.api.bolt.request.builtin.ViewSubmissionRequest;
import com.slack.api.bolt.response.Response;
import com.slack.api.model.view.View;
import com.slack.api.model.view.ViewClose;
import com.slack.api.model.view.ViewSubmit;
import com.slack.api.model.view.ViewTitle;
import dev.followthrough.commitment.Commitment;
import dev.followthrough.commitment.Direction;
import dev.followthrough.commitment.NewCommitment;
import dev.followthrough.deadline.Deadline;
import dev.followthrough.ledger.Ledger;
import dev.followthrough.lifecycle.ActionValues;
import dev.followthrough.lifecycle.Lifecycle;
import dev.followthrough.lifecycle.Pressed;
import dev.followthrough.lifecycle.PressedOn;
import dev.followthrough.platform.slack.DeadlineFields;
import dev.followthrough.platform.slack.DueText;
import dev.followthrough.platform.slack.SlackPlatform;
import dev.followthrough.platform.slack.ViewStates;
import dev.followthrough.user.UserProfile;
import dev.followthrough.user.UserProfiles;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** "What's the next step with Acme?": records it as a new promise to the same counterparty. */
final class NextStepForm {

    static final String CALLBACK_ID = "next_step_form";
    static final String WHAT = "what";
    static final String WHEN = "when";
    private static final DeadlineFields.Blocks WHEN_BLOCKS = new DeadlineFields.Blocks(WHEN, null, null);

    private final SlackPlatform slack;
    private final Ledger ledger;
    private final Lifecycle lifecycle;
    private final Forms forms;
    private final UserProfiles profiles;
    private final DeadlineFields deadlines;
    private final Clock clock;

    NextStepForm(
            SlackPlatform slack,
            Ledger ledger,
            Lifecycle lifecycle,
            Forms forms,
            UserProfiles profiles,
            DeadlineFields deadlines,
            Clock clock) {
        this.slack = slack;
        this.ledger = ledger;
        this.lifecycle = lifecycle;
        this.forms = forms;
        this.profiles = profiles;
        this.deadlines = deadlines;
        this.clock = clock;
    }

    static View view(Forms.Opening opening) {
        var withWhom = opening.commitment()
                .counterparty()
                .map(party -> " with " + opening.names().of(party, "them"))
                .orElse("");
        return View.builder()
                .type("modal")
                .callbackId(CALLBACK_ID)
                .privateMetadata(opening.where().metadata("NEXT"))
                .title(ViewTitle.builder().type("plain_text").text("Next step").build())
                .submit(ViewSubmit.builder()
                        .type("plain_text")
                        .text("Record it")
                        .build())
                .close(ViewClose.builder().type("plain_text").text("Not now").build())
                .blocks(List.of(
                        input(input -> input.blockId(WHAT)
                                .label(plainText("What's the next step" + withWhom + "?"))
                                .element(plainTextInput(text -> text.actionId(WHAT)
                                        .maxLength(1000)
                                        .placeholder(plainText("Book the kickoff call"))))),
                        input(input -> input.blockId(WHEN)
                                .optional(true)
                                .label(plainText("By when?"))
                                .hint(plainText("\"Fri 2pm\", \"tomorrow\", \"in 2 weeks\"; empty keeps it soft."))
                                .element(plainTextInput(text -> text.actionId(WHEN))))))
                .build();
    }

    /**
     * "Record the next step" pressed: the form opens only while no next step is recorded; once one
     * is, an old button (another copy of the message) is answered with it instead.
     */
    Response open(BlockActionRequest request, ActionContext context) {
        var payload = request.getPayload();
        var teamId = payload.getTeam().getId();
        if (ActionValues.commitment(payload.getActions().get(0).getValue()) instanceof Pressed.OnCommitment pressed) {
            var previous = ledger.find(teamId, pressed.commitmentId());
            var already = ledger.nextStepOf(teamId, pressed.commitmentId());
            if (previous.isPresent()
                    && previous.get().isOwnedBy(payload.getUser().getId())
                    && already.isPresent()) {
                var locale = profiles.lookup(teamId, payload.getUser().getId())
                        .map(UserProfile::locale)
                        .orElse(Locale.US);
                var refusal = ActionResponse.builder()
                        .responseType("ephemeral")
                        .replaceOriginal(false)
                        .text(":thinking_face: " + alreadyRecorded(already.get(), locale))
                        .build();
                slack.afterAck(
                        "explaining a next step already recorded", () -> ReminderActions.respond(context, refusal));
                return context.ack();
            }
        }
        return forms.open(request, context, NextStepForm::view);
    }

    Response submit(ViewSubmissionRequest request, ViewSubmissionContext context) {
        var payload = request.getPayload();
        var state = payload.getView().getState();
        var pressedOn = PressedOn.fromMetadata(payload.getView().getPrivateMetadata());
        var teamId = payload.getTeam().getId();
        var actorId = payload.getUser().getId();
        var what = ViewStates.text(state, WHAT);
        if (what.isEmpty()) {
            return context.ackWithErrors(Forms.error(WHAT, "Say what the next step is."));
        }
        var previous = ledger.find(teamId, pressedOn.commitmentId());
        var owner = profiles.lookup(teamId, actorId);
        if (previous.isEmpty() || owner.isEmpty() || !previous.get().isOwnedBy(actorId)) {
            return context.ackWithErrors(Forms.error(WHAT, "I couldn't record that just now. Try again in a minute."));
        }
        var locale = owner.get().locale();
        var already = ledger.nextStepOf(teamId, pressedOn.commitmentId());
        if (already.isPresent()) {
            return context.ackWithErrors(Forms.error(WHAT, alreadyRecorded(already.get(), locale)));
        }
        var now = clock.instant();
        var reading = deadlines.read(state, WHEN_BLOCKS, owner.get().deadlineContext(), now);
        if (reading instanceof DeadlineFields.Unreadable unreadable) {
            return context.ackWithErrors(unreadable.errors());
        }
        var deadline = ((DeadlineFields.Read) reading).deadline();
        var last = previous.get();
        var next = new NewCommitment(
                teamId,
                actorId,
                what.get(),
                Direction.MINE,
                last.counterparty(),
                deadline.firmness(),
                deadline instanceof Deadline.Hard hard ? Optional.of(hard.due()) : Optional.empty(),
                deadline instanceof Deadline.Soft soft ? soft.target() : Optional.empty(),
                deadline.phrase(),
                owner.get().zone(),
                last.channelId());
        var step = lifecycle.recordNextStep(next, pressedOn);
        return step.recordedNow()
                ? context.ack()
                : context.ackWithErrors(Forms.error(WHAT, alreadyRecorded(step.commitment(), locale)));
    }

    /** The refusal that names the next step already recorded, in plain text (forms show no mrkdwn). */
    private static String alreadyRecorded(Commitment step, Locale locale) {
        var by = step.due()
                .map(due -> ", by " + DueText.plain(due, step.zone(), locale))
                .orElse(", with no firm date yet");
        return "The next step is already recorded: \"" + step.what() + "\"" + by + ". Nothing more was saved.";
    }
}
