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
import dev.followthrough.platform.outbox.Outbox;
import dev.followthrough.platform.outbox.OutboxMessage;
import dev.followthrough.platform.slack.DueText;
import dev.followthrough.platform.slack.Mrkdwn;
import dev.followthrough.platform.slack.ViewStates;
import dev.followthrough.user.UserProfile;
import dev.followthrough.user.UserProfiles;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
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
        var now = clock.instant();
        var reading = newDeadline.read(view.getState(), owner.get(), now);
        if (reading instanceof NewDeadline.Unreadable unreadable) {
            return context.ackWithErrors(unreadable.errors());
        }
        var read = (NewDeadline.Read) reading;
        var typedMessage = ViewStates.text(view.getState(), DeadlineForm.MESSAGE)
                .map(text -> text.replace(
                        DeadlineForm.NEW_TIME,
                        DueText.plain(
                                read.due(), owner.get().zone(), owner.get().locale())));
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
                    var told = tell(handle, commitment, mode, typedMessage, before);
                    settling.settle(handle, where, commitment, settled(mode, commitment, owner.get(), told), now);
                });
        if (outcome instanceof Transition.Refused refused) {
            return context.ackWithErrors(Forms.error(DeadlineForm.DEADLINE, refused.reason()));
        }
        var commitment = ((Transition.Changed) outcome).commitment();
        if (typedMessage.isPresent() && !canDeliver(commitment)) {
            return context.ackWithUpdate(readyToCopy(commitment, typedMessage.get()));
        }
        return context.ack();
    }

    /**
     * Sends the renegotiation to the other side: a DM when they are on Slack, else into the
     * channel the promise was made in (the channel hears of the new date either way). Says where
     * it went; empty when it could go nowhere and must be copied by hand.
     */
    private Optional<String> tell(
            Handle handle, Commitment commitment, DeadlineForm.Mode mode, Optional<String> message, boolean before) {
        var userId = commitment.counterparty().flatMap(Counterparty::slackUserId);
        Optional<String> told = Optional.empty();
        if (message.isPresent() && userId.isPresent()) {
            var key = "renegotiation:" + commitment.id() + ":v" + commitment.deadlineVersion();
            var text =
                    "A message from <@" + commitment.ownerId() + "> about *" + Mrkdwn.escape(commitment.what()) + "*:";
            outbox.enqueue(handle, post(commitment, key, userId.get(), text, quote(message.get())));
            told = Optional.of("<@" + userId.get() + "> has your message.");
        }
        if (mode != DeadlineForm.Mode.FIRM_UP && commitment.channelId().isPresent()) {
            var forChannel = userId.isPresent() ? Optional.<String>empty() : message;
            channelPosts.renegotiated(handle, commitment, before, forChannel.map(DeadlineFormSubmission::quote));
            if (forChannel.isPresent()) {
                told = Optional.of(
                        "Your message is in <#" + commitment.channelId().get() + ">.");
            }
        }
        return told;
    }

    private static String quote(String message) {
        return ">" + Mrkdwn.escape(message).replace("\n", "\n>");
    }

    private static OutboxMessage post(Commitment commitment, String key, String channel, String text, String quoted) {
        return OutboxMessage.post(
                commitment.teamId(),
                key,
                channel,
                text.replace("*", "") + " " + quoted.substring(1),
                BlockJson.of(List.of(section(section -> section.text(markdownText(text + "\n" + quoted))))),
                Optional.empty(),
                Optional.of(commitment.id()));
    }

    private static boolean canDeliver(Commitment commitment) {
        return commitment.counterparty().flatMap(Counterparty::slackUserId).isPresent()
                || commitment.channelId().isPresent();
    }

    private static View readyToCopy(Commitment commitment, String message) {
        var who = DeadlineForm.plainName(commitment);
        return View.builder()
                .type("modal")
                .title(ViewTitle.builder()
                        .type("plain_text")
                        .text("Ready to send")
                        .build())
                .close(ViewClose.builder().type("plain_text").text("Done").build())
                .blocks(List.of(
                        section(section -> section.text(markdownText("Deadline moved. " + Mrkdwn.escape(who)
                                + " isn't on Slack, so copy this into your email or call notes:"))),
                        section(section -> section.text(markdownText("```" + message.replace("```", "'''") + "```")))))
                .build();
    }

    private ReminderMessages.Message settled(
            DeadlineForm.Mode mode, Commitment commitment, UserProfile owner, Optional<String> told) {
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
                                .map(party -> party.display())
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
