package dev.followthrough.reminder;

import static com.slack.api.model.block.Blocks.input;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;
import static com.slack.api.model.block.element.BlockElements.plainTextInput;

import com.slack.api.bolt.context.builtin.ViewSubmissionContext;
import com.slack.api.bolt.request.builtin.ViewSubmissionRequest;
import com.slack.api.bolt.response.Response;
import com.slack.api.model.view.View;
import com.slack.api.model.view.ViewClose;
import com.slack.api.model.view.ViewSubmit;
import com.slack.api.model.view.ViewTitle;
import dev.followthrough.commitment.Direction;
import dev.followthrough.commitment.NewCommitment;
import dev.followthrough.deadline.Deadline;
import dev.followthrough.ledger.Ledger;
import dev.followthrough.platform.slack.ViewStates;
import dev.followthrough.promise.DeadlineFields;
import dev.followthrough.user.UserProfiles;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;

/** "What's the next step with Acme?": records it as a new promise to the same counterparty. */
final class NextStepForm {

    static final String CALLBACK_ID = "next_step_form";
    static final String WHAT = "what";
    static final String WHEN = "when";
    private static final DeadlineFields.Blocks WHEN_BLOCKS = new DeadlineFields.Blocks(WHEN, null, null);

    private final Jdbi jdbi;
    private final Ledger ledger;
    private final UserProfiles profiles;
    private final DeadlineFields deadlines;
    private final Clock clock;

    NextStepForm(Jdbi jdbi, Ledger ledger, UserProfiles profiles, DeadlineFields deadlines, Clock clock) {
        this.jdbi = jdbi;
        this.ledger = ledger;
        this.profiles = profiles;
        this.deadlines = deadlines;
        this.clock = clock;
    }

    static View view(Forms.Opening opening) {
        var who = DeadlineForm.plainName(opening.commitment());
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
                                .label(plainText("What's the next step with " + who + "?"))
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

    Response submit(ViewSubmissionRequest request, ViewSubmissionContext context) {
        var payload = request.getPayload();
        var state = payload.getView().getState();
        var where = Where.fromMetadata(payload.getView().getPrivateMetadata());
        var teamId = payload.getTeam().getId();
        var actorId = payload.getUser().getId();
        var what = ViewStates.text(state, WHAT);
        if (what.isEmpty()) {
            return context.ackWithErrors(Forms.error(WHAT, "Say what the next step is."));
        }
        var previous = ledger.find(teamId, where.commitmentId());
        var owner = profiles.lookup(teamId, actorId);
        if (previous.isEmpty() || owner.isEmpty() || !previous.get().isOwnedBy(actorId)) {
            return context.ackWithErrors(Forms.error(WHAT, "I couldn't record that just now. Try again in a minute."));
        }
        var reading = deadlines.read(state, WHEN_BLOCKS, owner.get(), clock.instant());
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
        jdbi.useTransaction(handle -> ledger.record(handle, next, clock.instant()));
        return context.ack();
    }
}
