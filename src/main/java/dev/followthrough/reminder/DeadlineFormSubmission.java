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
import dev.followthrough.commitment.Transition;
import dev.followthrough.commitment.Transitions;
import dev.followthrough.ledger.Ledger;
import dev.followthrough.platform.outbox.BlockJson;
import dev.followthrough.platform.outbox.Confirmation;
import dev.followthrough.platform.outbox.Outbox;
import dev.followthrough.platform.outbox.OutboxMessage;
import dev.followthrough.platform.slack.BlockKitFit;
import dev.followthrough.platform.slack.DueText;
import dev.followthrough.platform.slack.Mrkdwn;
import dev.followthrough.platform.slack.ViewStates;
import dev.followthrough.platform.slack.WholeText;
import dev.followthrough.user.UserProfile;
import dev.followthrough.user.UserProfiles;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jdbi.v3.core.Handle;

/** A new deadline submitted: the deadline moves, the other side is told, the reminder is settled. */
final class DeadlineFormSubmission {

    private final Ledger ledger;
    private final Outbox outbox;
    private final Settling settling;
    private final ChannelPosts channelPosts;
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
        this.outbox = outbox;
        this.settling = settling;
        this.channelPosts = channelPosts;
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
                            .detail()
                            .filter("before the deadline"::equals)
                            .isPresent();
                    var passing = new Passing(commitment, mode, where, owner.get(), now);
                    var pending = tell(handle, passing, typedMessage, before);
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

    /** What a new deadline is being passed on with: the commitment as changed and the reminder to settle. */
    private record Passing(
            Commitment commitment, DeadlineForm.Mode mode, Where where, UserProfile owner, java.time.Instant now) {}

    /**
     * Sends the renegotiation to the other side: a DM when they are on Slack, else into the
     * channel the promise was made in (the channel hears of the new date either way). The owner
     * is told it arrived only once it has (a {@link Confirmation} on the message); until then the
     * reminder says it is on its way. Empty when it could go nowhere and must be copied by hand.
     */
    private Optional<String> tell(Handle handle, Passing passing, Optional<String> message, boolean before) {
        var commitment = passing.commitment();
        var userId = commitment.counterparty().flatMap(Counterparty::slackUserId);
        Optional<String> pending = Optional.empty();
        if (message.isPresent() && userId.isPresent()) {
            var to = "<@" + userId.get() + ">";
            var key = "renegotiation:" + commitment.id() + ":v" + commitment.deadlineVersion();
            var intro = "A message from <@" + commitment.ownerId() + "> about *"
                    + Mrkdwn.escapeShortened(commitment.what(), Mrkdwn.WHAT_IN_A_LINE) + "*:";
            var confirmation =
                    confirmation(passing, to + " has your message.", "your message to " + to, to, message.get());
            outbox.enqueue(
                    handle,
                    post(commitment, key, userId.get(), intro, message.get()).confirmedBy(confirmation));
            pending = Optional.of("Your message to " + to + " is on its way.");
        }
        if (passing.mode() != DeadlineForm.Mode.FIRM_UP
                && commitment.channelId().isPresent()) {
            var channel = "<#" + commitment.channelId().get() + ">";
            var forChannel = userId.isPresent() ? Optional.<String>empty() : message;
            var confirmation = forChannel.map(text -> confirmation(
                    passing, "Your message is in " + channel + ".", "your message in " + channel, channel, text));
            var posted = channelPosts.renegotiated(handle, commitment, before, forChannel, confirmation);
            if (forChannel.isPresent() && posted) {
                pending = Optional.of("Your message is on its way to " + channel + ".");
            }
        }
        return pending;
    }

    /** The owner's word once the message is in, or why not and the text to copy (see the outbox). */
    private Confirmation confirmation(
            Passing passing, String arrived, String undelivered, String where, String message) {
        var commitment = passing.commitment();
        var what = ReminderMessages.what(commitment);
        var didNotArrive = "Your message to " + where + " didn't arrive: it's below, to copy.";
        var onDelivered = settling.settlement(
                        passing.where(),
                        commitment,
                        settled(passing, Optional.of(arrived)),
                        passing.now(),
                        ":delivered")
                .or(() -> Optional.of(OutboxMessage.post(
                        commitment.teamId(),
                        "renegotiation-arrived:" + commitment.id() + ":v" + commitment.deadlineVersion()
                                + (where.startsWith("<#") ? ":channel" : ":dm"),
                        commitment.ownerId(),
                        Mrkdwn.plain(arrived),
                        BlockJson.of(List.of(section(section ->
                                section.text(markdownText(":incoming_envelope: " + arrived + " (" + what + ")"))))),
                        Optional.empty(),
                        Optional.of(commitment.id()))));
        var onUndelivered = settling.settlement(
                passing.where(),
                commitment,
                settled(passing, Optional.of(didNotArrive)),
                passing.now(),
                ":undelivered");
        return new Confirmation(
                commitment.ownerId(), undelivered + " about " + what, message, onDelivered, onUndelivered);
    }

    /** The DM to the other side: who it's from and about what, then all of the message. */
    private static OutboxMessage post(Commitment commitment, String key, String channel, String intro, String message) {
        var blocks = new ArrayList<LayoutBlock>();
        blocks.add(section(section -> section.text(markdownText(intro))));
        blocks.addAll(WholeText.quoted(message));
        return OutboxMessage.post(
                commitment.teamId(),
                key,
                channel,
                Mrkdwn.plain(intro) + " " + Mrkdwn.escape(message),
                BlockJson.of(blocks),
                Optional.empty(),
                Optional.of(commitment.id()));
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

    private ReminderMessages.Message settled(Passing passing, Optional<String> told) {
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
