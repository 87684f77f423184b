package dev.followthrough.promise;

import static com.slack.api.model.block.Blocks.actions;
import static com.slack.api.model.block.Blocks.context;
import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;

import com.slack.api.model.block.LayoutBlock;
import dev.followthrough.calendar.CalendarBlocks;
import dev.followthrough.calendar.CalendarLinks;
import dev.followthrough.commitment.Commitment;
import dev.followthrough.commitment.Direction;
import dev.followthrough.commitment.Firmness;
import dev.followthrough.commitment.Task;
import dev.followthrough.deadline.Schedule;
import dev.followthrough.lifecycle.Action;
import dev.followthrough.lifecycle.ActionButtons;
import dev.followthrough.platform.slack.DueText;
import dev.followthrough.platform.slack.Mrkdwn;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The Block Kit for a recorded promise: what was understood, and the buttons to act on it. */
final class PromiseMessages {

    private PromiseMessages() {}

    /** The summary shown right after recording: what, with whom, when, firm or soft. */
    static List<LayoutBlock> recorded(Commitment commitment, Locale locale, CalendarLinks calendar) {
        return recorded(commitment, locale, calendar, commitment.zone());
    }

    /** {@code writtenIn}: the zone its deadline was read in; named beside the due when not the owner's. */
    static List<LayoutBlock> recorded(Commitment commitment, Locale locale, CalendarLinks calendar, ZoneId writtenIn) {
        return recorded(commitment, locale, calendar, writtenIn, Optional.empty());
    }

    /** {@code recurring}: the schedule, when this is the first occurrence of a series. */
    static List<LayoutBlock> recorded(
            Commitment commitment,
            Locale locale,
            CalendarLinks calendar,
            ZoneId writtenIn,
            Optional<Schedule> recurring) {
        var blocks = new ArrayList<LayoutBlock>();
        blocks.add(section(section -> section.text(markdownText(headline(commitment, locale, writtenIn)))));
        recurring.ifPresent(schedule ->
                blocks.add(section(section -> section.text(markdownText(recurringNote(schedule, locale))))));
        blocks.add(context(List.of(markdownText(firmnessNote(commitment)))));
        blocks.add(actions(actions -> actions.blockId("promise_actions_" + commitment.id())
                .elements(List.of(
                        ActionButtons.button(
                                Action.MARK_DONE,
                                commitment.id(),
                                commitment.direction() == Direction.MINE ? "Mark done" : "They delivered",
                                "primary"),
                        ActionButtons.button(Action.EDIT, commitment.id(), "Edit"),
                        ActionButtons.button(Action.UNDO, commitment.id(), "Undo")))));
        calendar.forCommitment(commitment).map(CalendarBlocks::addToCalendar).ifPresent(blocks::add);
        return blocks;
    }

    /**
     * "Repeats every Friday at 5:00 PM, first on Fri 4 Dec, next on Fri 11 Dec": each occurrence is a
     * promise of its own, the next made when this one is due or done.
     */
    static String recurringNote(Schedule schedule, Locale locale) {
        var first = schedule.anchor();
        return ":repeat: Repeats " + schedule.describe(locale) + ", first on " + Schedule.day(first, locale)
                + ", next on " + Schedule.day(schedule.after(first), locale)
                + ". Each one is a promise of its own; `/promise cancel` ends the series.";
    }

    /** One line for notifications and clients that don't show blocks. */
    static String recordedText(Commitment commitment, Locale locale) {
        return recordedText(commitment, locale, commitment.zone());
    }

    static String recordedText(Commitment commitment, Locale locale, ZoneId writtenIn) {
        return Mrkdwn.plain(headline(commitment, locale, writtenIn));
    }

    static String headline(Commitment commitment, Locale locale) {
        return headline(commitment, locale, commitment.zone());
    }

    static String headline(Commitment commitment, Locale locale, ZoneId writtenIn) {
        var owner = "<@" + commitment.ownerId() + ">";
        var what = "*" + Mrkdwn.escapeShortened(commitment.what(), Mrkdwn.WHAT_IN_A_LINE) + "*";
        var when = DueText.of(commitment, locale)
                + commitment
                        .due()
                        .filter(due -> commitment.firmness() == Firmness.HARD)
                        .map(due -> AsWritten.note(due, commitment.zone(), writtenIn, locale))
                        .orElse("");
        if (commitment.direction() == Direction.THEIRS) {
            var who = commitment
                    .counterparty()
                    .map(party -> Mrkdwn.escape(party.display()))
                    .orElse("Someone");
            return ":handshake: " + who + " promised " + owner + ": " + what + " — " + when;
        }
        var to = commitment
                .counterparty()
                .filter(party -> !Task.of(commitment).namesCounterparty())
                .map(party -> " " + Mrkdwn.escape(party.display()))
                .orElse("");
        return ":white_check_mark: " + owner + " promised" + to + ": " + what + " — " + when;
    }

    private static String firmnessNote(Commitment commitment) {
        if (commitment.firmness() == Firmness.HARD) {
            return commitment.direction() == Direction.MINE
                    ? "Firm deadline. I'll remind you before it's due."
                    : "Firm deadline. If it slips, I'll tell you so you can follow up.";
        }
        return "Soft: no specific time yet. Vague promises are the ones that slip, so I'll ask you to pin it down.";
    }
}
