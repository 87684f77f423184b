package dev.followthrough.reminder;

import static com.slack.api.model.block.Blocks.input;
import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;
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
import dev.followthrough.lifecycle.Act;
import dev.followthrough.lifecycle.Lifecycle;
import dev.followthrough.lifecycle.Outcome;
import dev.followthrough.lifecycle.PressedOn;
import dev.followthrough.platform.slack.PromiseWords;
import dev.followthrough.platform.slack.ViewStates;
import dev.followthrough.user.PlainNames;
import java.util.List;

/** Calling a promise off (or dropping what someone owed), with an optional reason. */
final class CancelForm {

    static final String CALLBACK_ID = "cancel_form";
    static final String REASON = "reason";

    private final Lifecycle lifecycle;
    private final PlainNames names;

    CancelForm(Lifecycle lifecycle, PlainNames names) {
        this.lifecycle = lifecycle;
        this.names = names;
    }

    static View view(Forms.Opening opening) {
        var commitment = opening.commitment();
        var theirs = commitment.direction() == Direction.THEIRS;
        var question = (theirs ? "Stop tracking " : "Call off ") + PromiseWords.yourPromise(commitment)
                + "? It's kept in your history as cancelled.";
        return View.builder()
                .type("modal")
                .callbackId(CALLBACK_ID)
                .privateMetadata(opening.where().metadata(theirs ? "DROP" : "CANCEL"))
                .title(ViewTitle.builder()
                        .type("plain_text")
                        .text(theirs ? "Drop it" : "Cancel promise")
                        .build())
                .submit(ViewSubmit.builder()
                        .type("plain_text")
                        .text(theirs ? "Drop" : "Cancel it")
                        .build())
                .close(ViewClose.builder().type("plain_text").text("Keep it").build())
                .blocks(List.of(
                        section(section -> section.text(markdownText(question))),
                        input(input -> input.blockId(REASON)
                                .optional(true)
                                .label(plainText("Why? (optional)"))
                                .element(plainTextInput(text -> text.actionId(REASON)
                                        .multiline(true)
                                        .maxLength(500)
                                        .placeholder(plainText("The client went another way")))))))
                .build();
    }

    Response submit(ViewSubmissionRequest request, ViewSubmissionContext context) {
        var payload = request.getPayload();
        var metadata = payload.getView().getPrivateMetadata();
        var pressedOn = PressedOn.fromMetadata(metadata);
        var dropped = "DROP".equals(PressedOn.modeOf(metadata));
        var reason = ViewStates.text(payload.getView().getState(), REASON);
        var teamId = payload.getTeam().getId();
        var outcome = lifecycle.act(teamId, payload.getUser().getId(), new Act.Cancel(reason, dropped), pressedOn);
        if (outcome instanceof Outcome.Refused refused) {
            return context.ackWithErrors(Forms.error(REASON, names.in(teamId).formError(refused.reason())));
        }
        return context.ack();
    }
}
