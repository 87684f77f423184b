package dev.followthrough.reminder;

import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;

import com.slack.api.bolt.context.builtin.ViewSubmissionContext;
import com.slack.api.bolt.request.builtin.ViewSubmissionRequest;
import com.slack.api.bolt.response.Response;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.view.View;
import com.slack.api.model.view.ViewClose;
import com.slack.api.model.view.ViewTitle;
import dev.followthrough.commitment.Commitment;
import dev.followthrough.lifecycle.Act;
import dev.followthrough.lifecycle.Aftermath;
import dev.followthrough.lifecycle.Lifecycle;
import dev.followthrough.lifecycle.Outcome;
import dev.followthrough.lifecycle.PressedOn;
import dev.followthrough.platform.slack.BlockKitFit;
import dev.followthrough.platform.slack.DueText;
import dev.followthrough.platform.slack.Mrkdwn;
import dev.followthrough.platform.slack.ViewStates;
import dev.followthrough.platform.slack.WholeText;
import dev.followthrough.user.PlainNames;
import dev.followthrough.user.UserProfiles;
import java.time.Clock;
import java.util.ArrayList;

/**
 * A new deadline submitted: the lifecycle moves it, tells the other side where it can (and the
 * channel, if the owner chose), and settles the reminder; a message that could go nowhere comes
 * back in the form, ready to copy.
 */
final class DeadlineFormSubmission {

    private final Lifecycle lifecycle;
    private final UserProfiles profiles;
    private final PlainNames names;
    private final NewDeadline newDeadline;
    private final Clock clock;

    DeadlineFormSubmission(
            Lifecycle lifecycle, UserProfiles profiles, PlainNames names, NewDeadline newDeadline, Clock clock) {
        this.lifecycle = lifecycle;
        this.names = names;
        this.profiles = profiles;
        this.newDeadline = newDeadline;
        this.clock = clock;
    }

    Response submit(ViewSubmissionRequest request, ViewSubmissionContext context) {
        var payload = request.getPayload();
        var view = payload.getView();
        var mode = DeadlineForm.Mode.valueOf(PressedOn.modeOf(view.getPrivateMetadata()));
        var pressedOn = PressedOn.fromMetadata(view.getPrivateMetadata());
        var teamId = payload.getTeam().getId();
        var actorId = payload.getUser().getId();
        var owner = profiles.lookup(teamId, actorId);
        if (owner.isEmpty()) {
            return context.ackWithErrors(Forms.error(
                    DeadlineForm.DEADLINE,
                    "I couldn't look up your time zone from Slack just now. Try again in a minute."));
        }
        var typed = ViewStates.text(view.getState(), DeadlineForm.MESSAGE);
        if (typed.isPresent() && typed.get().length() > DeadlineForm.MESSAGE_MOST) {
            // Slack's form stops at max_length; anything longer didn't come from it, and would be cut.
            return context.ackWithErrors(Forms.error(
                    DeadlineForm.MESSAGE,
                    "That's " + typed.get().length() + " characters; a message can be at most "
                            + DeadlineForm.MESSAGE_MOST + "."));
        }
        var placeholder = typed.flatMap(Drafts::unfilledPlaceholder);
        if (placeholder.isPresent()) {
            return context.ackWithErrors(Forms.error(
                    DeadlineForm.MESSAGE,
                    "Replace " + placeholder.get() + " with your own words, or delete it: it would reach them"
                            + " as it is."));
        }
        var now = clock.instant();
        var reading = newDeadline.read(view.getState(), owner.get(), now);
        if (reading instanceof NewDeadline.Unreadable unreadable) {
            return context.ackWithErrors(unreadable.errors());
        }
        var read = (NewDeadline.Read) reading;
        var typedMessage = typed.map(text -> text.replace(
                DeadlineForm.NEW_TIME,
                DueText.plain(read.due(), owner.get().zone(), owner.get().locale())));
        var move = switch (mode) {
            case RENEGOTIATE -> Act.DeadlineMove.RENEGOTIATE;
            case NEW_DATE -> Act.DeadlineMove.NEW_DATE;
            case FIRM_UP -> Act.DeadlineMove.FIRM_UP;
        };
        var outcome = lifecycle.act(
                teamId,
                actorId,
                new Act.MoveDeadline(
                        move, read.due(), read.phrase(), typedMessage, DeadlineForm.noteChosen(view.getState())),
                pressedOn);
        if (outcome instanceof Outcome.Refused refused) {
            return context.ackWithErrors(
                    Forms.error(DeadlineForm.DEADLINE, names.in(teamId).formError(refused.reason())));
        }
        var changed = (Outcome.Changed) outcome;
        var commitment = changed.change().after();
        if (typedMessage.isPresent() && !changed.aftermath().wasMessagePassedOn()) {
            return context.ackWithUpdate(
                    BlockKitFit.view(readyToCopy(commitment, changed.aftermath(), typedMessage.get())));
        }
        return context.ack();
    }

    /** The message that went nowhere, to copy by hand, and where everything else went. */
    private static View readyToCopy(Commitment commitment, Aftermath aftermath, String message) {
        var blocks = new ArrayList<LayoutBlock>();
        var intro = "Deadline moved. "
                + aftermath
                        .note()
                        .orElse("Copy your message to " + Mrkdwn.escape(DeadlineForm.plainName(commitment))
                                + " into your email or call notes:");
        blocks.add(section(section -> section.text(markdownText(intro))));
        blocks.addAll(WholeText.toCopy(message));
        return View.builder()
                .type("modal")
                .title(ViewTitle.builder()
                        .type("plain_text")
                        .text("Ready to copy")
                        .build())
                .close(ViewClose.builder().type("plain_text").text("Done").build())
                .blocks(blocks)
                .build();
    }
}
