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
import dev.followthrough.calendar.CalendarBlocks;
import dev.followthrough.calendar.CalendarLinks;
import dev.followthrough.channel.ChannelPosts;
import dev.followthrough.commitment.Commitment;
import dev.followthrough.commitment.Counterparty;
import dev.followthrough.commitment.Timing;
import dev.followthrough.commitment.Transition;
import dev.followthrough.commitment.Transitions;
import dev.followthrough.ledger.Ledger;
import dev.followthrough.platform.outbox.Outbox;
import dev.followthrough.platform.slack.BlockKitFit;
import dev.followthrough.platform.slack.DueText;
import dev.followthrough.platform.slack.Mrkdwn;
import dev.followthrough.platform.slack.ViewStates;
import dev.followthrough.platform.slack.WholeText;
import dev.followthrough.user.UserProfiles;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;

/** A new deadline submitted: the deadline moves, the other side is told, the reminder is settled. */
final class DeadlineFormSubmission {

    private final Ledger ledger;
    private final Settling settling;
    private final PassingOn passingOn;
    private final UserProfiles profiles;
    private final NewDeadline newDeadline;
    private final CalendarLinks calendar;
    private final Clock clock;

    DeadlineFormSubmission(
            Ledger ledger,
            Outbox outbox,
            Settling settling,
            ChannelPosts channelPosts,
            UserProfiles profiles,
            NewDeadline newDeadline,
            CalendarLinks calendar,
            Clock clock) {
        this.ledger = ledger;
        this.settling = settling;
        this.passingOn = new PassingOn(outbox, settling, channelPosts, this::settled);
        this.profiles = profiles;
        this.newDeadline = newDeadline;
        this.calendar = calendar;
        this.clock = clock;
    }

    Response submit(ViewSubmissionRequest request, ViewSubmissionContext context) {
        var payload = request.getPayload();
        var view = payload.getView();
        var mode = DeadlineForm.Mode.valueOf(Where.modeOf(view.getPrivateMetadata()));
        var where = Where.fromMetadata(view.getPrivateMetadata());
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
        var now = clock.instant();
        var reading = newDeadline.read(view.getState(), owner.get(), now);
        if (reading instanceof NewDeadline.Unreadable unreadable) {
            return context.ackWithErrors(unreadable.errors());
        }
        var read = (NewDeadline.Read) reading;
        var typedMessage = typed.map(text -> text.replace(
                DeadlineForm.NEW_TIME,
                DueText.plain(read.due(), owner.get().zone(), owner.get().locale())));
        var passedOn = new AtomicBoolean();
        var outcome = ledger.change(
                teamId,
                where.commitmentId(),
                commitment -> Transitions.renegotiate(commitment, actorId, now, read.due(), read.phrase()),
                (handle, changed) -> {
                    var commitment = changed.commitment();
                    var before = changed.event()
                            .timing()
                            .filter(Timing.BY_THE_DEADLINE::equals)
                            .isPresent();
                    var passing = new PassingOn.Passing(commitment, mode, where, owner.get(), now);
                    var pending = passingOn.tell(handle, passing, typedMessage, before);
                    passedOn.set(pending.isPresent());
                    settling.settle(handle, where, commitment, settled(passing, pending), now);
                });
        if (outcome instanceof Transition.Refused refused) {
            return context.ackWithErrors(Forms.error(DeadlineForm.DEADLINE, refused.reason()));
        }
        var commitment = ((Transition.Changed) outcome).commitment();
        if (typedMessage.isPresent() && !passedOn.get()) {
            return context.ackWithUpdate(BlockKitFit.view(readyToCopy(commitment, typedMessage.get())));
        }
        return context.ack();
    }

    private static View readyToCopy(Commitment commitment, String message) {
        var who = DeadlineForm.plainName(commitment);
        var blocks = new ArrayList<LayoutBlock>();
        var intro = commitment.counterparty().flatMap(Counterparty::slackUserId).isPresent()
                        || commitment.channelId().isPresent()
                ? "Deadline moved. I can't post in the promise's channel, so copy this to " + Mrkdwn.escape(who) + ":"
                : "Deadline moved. " + Mrkdwn.escape(who) + " isn't on Slack, so copy this into your email or call"
                        + " notes:";
        blocks.add(section(section -> section.text(markdownText(intro))));
        blocks.addAll(WholeText.toCopy(message));
        return View.builder()
                .type("modal")
                .title(ViewTitle.builder()
                        .type("plain_text")
                        .text("Ready to send")
                        .build())
                .close(ViewClose.builder().type("plain_text").text("Done").build())
                .blocks(blocks)
                .build();
    }

    private ReminderMessages.Message settled(PassingOn.Passing passing, Optional<String> told) {
        var mode = passing.mode();
        var commitment = passing.commitment();
        var owner = passing.owner();
        var when = DueText.slackDate(commitment.due().orElseThrow(), owner.zone(), owner.locale());
        var what = ReminderMessages.what(commitment);
        var text = switch (mode) {
            case RENEGOTIATE ->
                ":handshake: Renegotiated: " + what + " is now due " + when + "."
                        + told.map(note -> " " + note).orElse("");
            case NEW_DATE ->
                ":calendar: New date: "
                        + commitment
                                .counterparty()
                                .map(party -> Mrkdwn.escape(party.display()))
                                .orElse("They") + " will deliver " + what + " by " + when + ".";
            case FIRM_UP -> ":pushpin: Pinned down: " + what + " is due " + when + ". I'll remind you before then.";
        };
        var message = ReminderMessages.settled(text);
        // Now that it has a date, it belongs on a calendar.
        var links = mode == DeadlineForm.Mode.FIRM_UP
                ? calendar.forCommitment(commitment)
                : Optional.<CalendarLinks.Links>empty();
        if (links.isEmpty()) {
            return message;
        }
        var blocks = new ArrayList<LayoutBlock>(message.blocks());
        blocks.add(CalendarBlocks.addToCalendar(links.get()));
        return new ReminderMessages.Message(message.text(), blocks);
    }
}
