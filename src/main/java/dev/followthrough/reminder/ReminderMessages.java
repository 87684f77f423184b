package dev.followthrough.reminder;

import static com.slack.api.model.block.Blocks.actions;
import static com.slack.api.model.block.Blocks.context;
import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;

import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.element.BlockElement;
import dev.followthrough.commitment.Commitment;
import dev.followthrough.commitment.Escalation;
import dev.followthrough.lifecycle.Action;
import dev.followthrough.lifecycle.ActionButtons;
import dev.followthrough.platform.slack.DueText;
import dev.followthrough.platform.slack.Mrkdwn;
import dev.followthrough.platform.slack.PromiseWords;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** What the owner is sent about a commitment, and the buttons to act on it. Words are the product's voice. */
final class ReminderMessages {

    /** A message: its notification text and its blocks. */
    record Message(String text, List<LayoutBlock> blocks) {}

    private ReminderMessages() {}

    static Message nudge(Commitment commitment, Instant now, Instant tomorrowMorning, Locale locale) {
        var due = commitment.due().orElseThrow();
        var headline = ":alarm_clock: *Due " + inHowLong(now, due) + ":* " + PromiseWords.withParty(commitment) + " — "
                + DueText.of(commitment, locale) + ".";
        return new Message(
                plain("Due " + inHowLong(now, due) + ": " + commitment.what()),
                List.of(
                        section(section -> section.text(markdownText(headline))),
                        context(List.of(markdownText("Won't make it? Say so now: a new time agreed before the deadline"
                                + " keeps trust; one after it only repairs it."))),
                        actions(actions -> actions.blockId("nudge_" + commitment.id())
                                .elements(openActions(commitment, now, tomorrowMorning)))));
    }

    /** When and where a missed promise will be raised if it is still open then. */
    record Raising(Instant at, Escalation rule) {}

    static Message missed(Commitment commitment, Locale locale) {
        return missed(commitment, locale, Optional.empty());
    }

    /**
     * The missed-deadline DM; with {@code raising}, it says when and where it will be raised. That
     * is in the headline, not the advice line, so a folded reminder keeps it.
     */
    static Message missed(Commitment commitment, Locale locale, Optional<Raising> raising) {
        var headline = ":warning: *Missed:* " + PromiseWords.withParty(commitment) + " was due "
                + DueText.of(commitment, locale).replaceFirst("^by ", "") + "."
                + raising.map(raise -> "\n:rotating_light: If it isn't renegotiated or delivered by "
                                + DueText.slackDate(raise.at(), commitment.zone(), locale) + ", I'll raise it "
                                + where(commitment, raise.rule()) + ". Either one before then and it stays with you.")
                        .orElse("");
        var advice = commitment
                .counterparty()
                .map(party -> "The sooner " + Mrkdwn.escape(party.display())
                        + " hears a new, specific time from you, the more trust you keep.")
                .orElse("Set a new, specific time, or mark it delivered if it's done.");
        return new Message(
                plain("Missed: " + commitment.what()),
                List.of(
                        section(section -> section.text(markdownText(headline))),
                        context(List.of(markdownText(advice))),
                        actions(actions -> actions.blockId("missed_" + commitment.id())
                                .elements(List.of(
                                        ActionButtons.button(
                                                Action.RENEGOTIATE, commitment.id(), "Renegotiate", "primary"),
                                        ActionButtons.button(Action.DELIVERED, commitment.id(), "Delivered", null),
                                        ActionButtons.button(Action.CANCEL, commitment.id(), "Cancel", null))))));
    }

    /** The owner hears it was raised, as they were told it would be, and can still settle it. */
    static Message raised(Commitment commitment, Escalation rule, Locale locale) {
        var headline = ":rotating_light: *Raised:* " + PromiseWords.yourPromise(commitment) + ", due "
                + DueText.of(commitment, locale).replaceFirst("^by ", "") + ", is still open, so I've raised it "
                + where(commitment, rule) + ", as I said I would. A new time or a delivery settles it.";
        return new Message(
                plain("Raised: " + commitment.what()),
                List.of(
                        section(section -> section.text(markdownText(headline))),
                        actions(actions -> actions.blockId("raised_" + commitment.id())
                                .elements(List.of(
                                        ActionButtons.button(
                                                Action.RENEGOTIATE, commitment.id(), "Renegotiate", "primary"),
                                        ActionButtons.button(Action.DELIVERED, commitment.id(), "Delivered", null))))));
    }

    /** "in its thread in <#C…>", "with <@U…>". */
    private static String where(Commitment commitment, Escalation rule) {
        return rule.contactId()
                .map(contact -> "with <@" + contact + ">")
                .orElseGet(() -> commitment
                        .channelId()
                        .map(channelId -> "in its thread in <#" + channelId + ">")
                        .orElse("in its channel thread"));
    }

    static Message followUpDue(Commitment commitment, Instant now, Instant tomorrowMorning, Locale locale) {
        var headline = ":speech_balloon: *Update due:* you said you'd have news by now on "
                + PromiseWords.yourPromise(commitment) + "."
                + (commitment.due().isPresent()
                        ? " It's still due " + DueText.of(commitment, locale) + "."
                        : " It has " + DueText.of(commitment, locale) + ".");
        return new Message(
                plain("Update due: " + commitment.what()),
                List.of(
                        section(section -> section.text(markdownText(headline))),
                        actions(actions -> actions.blockId("follow_up_" + commitment.id())
                                .elements(openActions(commitment, now, tomorrowMorning)))));
    }

    static Message firmUp(Commitment commitment) {
        var headline = ":pushpin: *Pin it down:* " + PromiseWords.withParty(commitment)
                + " has no date yet. Vague promises are the ones that slip: agree a specific day and time"
                + (commitment.counterparty().isPresent() ? " with them." : ".");
        return new Message(
                plain("Pin it down: " + commitment.what()),
                List.of(
                        section(section -> section.text(markdownText(headline))),
                        actions(actions -> actions.blockId("firm_up_" + commitment.id())
                                .elements(List.of(
                                        ActionButtons.button(Action.FIRM_UP, commitment.id(), "Set a date", "primary"),
                                        ActionButtons.button(Action.DELIVERED, commitment.id(), "Delivered", null),
                                        ActionButtons.button(Action.CANCEL, commitment.id(), "Cancel", null))))));
    }

    /** What replaces a reminder once it has been acted on, so stale buttons don't linger. */
    static Message settled(String text) {
        return new Message(plain(text), List.of(section(section -> section.text(markdownText(text)))));
    }

    /** What replaces "What's the next step?" once it is recorded: what, to whom, by when; no button. */
    static Message nextStepRecorded(Commitment next, Locale locale) {
        return settled(":white_check_mark: *Next step recorded:* " + PromiseWords.withParty(next) + ", "
                + DueText.of(next, locale) + ".");
    }

    private static List<BlockElement> openActions(Commitment commitment, Instant now, Instant tomorrowMorning) {
        List<BlockElement> elements = new ArrayList<>(List.of(
                ActionButtons.button(Action.DELIVERED, commitment.id(), "Delivered", "primary"),
                ActionButtons.button(Action.FOLLOWED_UP, commitment.id(), "Followed up only", null),
                ActionButtons.button(Action.RENEGOTIATE, commitment.id(), "Renegotiate", null)));
        ActionButtons.snoozeMenu(commitment.id(), commitment.due(), now, tomorrowMorning)
                .ifPresent(elements::add);
        elements.add(ActionButtons.button(Action.CANCEL, commitment.id(), "Cancel", null));
        return elements;
    }

    static String what(Commitment commitment) {
        return PromiseWords.task(commitment);
    }

    /**
     * "in 1 hour", "in 15 minutes", "in 2 hours 30 minutes", "in 1 day", "in 1 week". A nudge goes out
     * a few seconds after its lead time, so the time left is rounded up to the minute, not cut: 59
     * minutes and 50 seconds before the deadline reads as the hour the owner asked for.
     */
    static String inHowLong(Instant now, Instant due) {
        var seconds = Math.max(60, Duration.between(now, due).toSeconds());
        var minutes = (seconds + 59) / 60;
        if (minutes < 60) {
            return "in " + minutes + (minutes == 1 ? " minute" : " minutes");
        }
        if (minutes < 180) {
            var hours = minutes / 60;
            var rest = minutes % 60;
            return "in " + hours + (hours == 1 ? " hour" : " hours")
                    + (rest == 0 ? "" : " " + rest + (rest == 1 ? " minute" : " minutes"));
        }
        var hours = Math.round(minutes / 60.0);
        if (hours < 22) {
            return "in " + hours + " hours";
        }
        if (hours <= 30) {
            return "in 1 day";
        }
        var days = Math.round(hours / 24.0);
        return days == 7 ? "in 1 week" : "in " + days + " days";
    }

    private static String plain(String text) {
        return text.replace("*", "");
    }
}
