package dev.followthrough.reminder;

import static dev.followthrough.support.WordingCases.AFTER;
import static dev.followthrough.support.WordingCases.BEFORE;
import static dev.followthrough.support.WordingCases.DUE;
import static dev.followthrough.support.WordingCases.NEW_YORK;
import static dev.followthrough.support.WordingCases.commitment;
import static dev.followthrough.support.WordingCases.withDue;
import static dev.followthrough.support.WordingChecks.wellWorded;
import static org.assertj.core.api.Assertions.assertThat;

import dev.followthrough.commitment.Commitment;
import dev.followthrough.commitment.CommitmentEvent;
import dev.followthrough.commitment.Counterparty;
import dev.followthrough.commitment.Direction;
import dev.followthrough.commitment.DueDate;
import dev.followthrough.commitment.EventKind;
import dev.followthrough.commitment.Firmness;
import dev.followthrough.commitment.Timing;
import dev.followthrough.deadline.WorkingHours;
import dev.followthrough.lifecycle.Act;
import dev.followthrough.lifecycle.Aftermath;
import dev.followthrough.lifecycle.Change;
import dev.followthrough.lifecycle.PressedOn;
import dev.followthrough.support.WordingCases;
import dev.followthrough.support.WordingChecks;
import dev.followthrough.support.WordingChecks.Rendered;
import dev.followthrough.user.PlainNames;
import dev.followthrough.user.UserProfile;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every message about a commitment, for tasks written every way people write them, both
 * directions, a Slack user, a company or no one on the other side, before and after the deadline:
 * none names the other side twice, shows a raw mention as plain text, leaves a placeholder in, or
 * puts a verb phrase where a noun belongs.
 */
class WordingMatrixTest {

    /** Names as Slack would give them once fetched: the stand-in's users have display names. */
    private static final PlainNames.InTeam NAMES = new PlainNames((teamId, slackId) -> Optional.of("Dana")).in("T0001");

    private static final Instant NEW_DUE = DUE.plus(Duration.ofDays(3));
    private static final UserProfile OWNER = new UserProfile(
            "T0001", "U0001", NEW_YORK, Locale.US, WorkingHours.DEFAULT, UserProfile.DEFAULT_LEAD_TIMES, BEFORE);

    @ParameterizedTest(name = "{0}")
    @MethodSource("dev.followthrough.support.WordingCases#everyCase")
    void everyMessageReadsWellForEveryTaskAndEveryoneOnTheOtherSide(WordingCases.Case wording) {
        var commitment = wording.commitment();
        var now = wording.now();
        var messages = new ArrayList<ReminderMessages.Message>();
        if (commitment.firmness() == Firmness.HARD) {
            messages.add(ReminderMessages.nudge(commitment, BEFORE, DUE.plus(Duration.ofDays(1)), Locale.US));
            messages.add(ReminderMessages.missed(commitment, Locale.US));
            messages.add(ReminderMessages.followUpDue(commitment, now, DUE.plus(Duration.ofDays(1)), Locale.US));
        } else {
            messages.add(ReminderMessages.firmUp(commitment));
        }
        messages.add(ReminderMessages.nextStepRecorded(commitment, Locale.US));
        if (commitment.direction() == Direction.THEIRS && commitment.firmness() == Firmness.HARD) {
            messages.add(TheirsMessages.slipped(commitment, Locale.US));
        }
        for (var act : acts(commitment.direction())) {
            messages.add(Confirmations.of(change(commitment, act, now), new Aftermath(), OWNER));
        }
        for (var message : messages) {
            if (System.getenv("SHOW_WORDS") != null) {
                System.out.println("WORDS " + wording + " | "
                        + Rendered.of(message.blocks()).mrkdwn());
            }
            wellWorded(commitment, message.text(), Rendered.of(message.blocks()));
        }
        var modes = commitment.direction() == Direction.MINE
                ? List.of(DeadlineForm.Mode.RENEGOTIATE, DeadlineForm.Mode.FIRM_UP)
                : List.of(DeadlineForm.Mode.NEW_DATE, DeadlineForm.Mode.FIRM_UP);
        for (var mode : modes) {
            var form = DeadlineForm.view(
                    mode,
                    new Forms.Opening(commitment, PressedOn.withoutAMessage(commitment.id()), Locale.US, NAMES),
                    now);
            var rendered = Rendered.of(form);
            for (var text : rendered.mrkdwn()) {
                if (!text.contains(DeadlineForm.NEW_TIME)) {
                    WordingChecks.readsWell(commitment, text);
                    WordingChecks.hasNoPlaceholder(text);
                }
            }
            rendered.plain().forEach(text -> WordingChecks.readsWell(commitment, text));
            rendered.plain().forEach(WordingChecks::hasNoRawMention);
        }
        var cancel = Rendered.of(CancelForm.view(
                new Forms.Opening(commitment, PressedOn.withoutAMessage(commitment.id()), Locale.US, NAMES)));
        wellWorded(commitment, "", cancel);
        var name = DeadlineForm.plainName(commitment);
        if (commitment.direction() == Direction.MINE) {
            var draft = Drafts.renegotiation(commitment, name, now, Locale.US);
            WordingChecks.readsWell(commitment, draft);
            WordingChecks.hasNoRawMention(draft);
            assertThat(draft).contains(DeadlineForm.NEW_TIME);
            assertThat(Drafts.unfilledPlaceholder(draft)).contains(Drafts.HOLDING_IT_UP);
        } else {
            var checkIn = TheirsMessages.checkIn(commitment, name, Locale.US);
            WordingChecks.readsWell(commitment, checkIn);
            WordingChecks.hasNoRawMention(checkIn);
            WordingChecks.hasNoPlaceholder(checkIn);
        }
    }

    @Test
    void theNudgeSaysTheLeadTimeItWasAskedFor() {
        var deck = commitment("send Acme the deck", Direction.MINE, Optional.of(Counterparty.named("Acme")), true);
        var justAfterTheHourBefore = DUE.minus(Duration.ofMinutes(59)).minusSeconds(50);

        var nudge = ReminderMessages.nudge(deck, justAfterTheHourBefore, DUE, Locale.US);

        assertThat(nudge.text()).isEqualTo("Due in 1 hour: send Acme the deck");
        assertThat(ReminderMessages.inHowLong(DUE.minus(Duration.ofMinutes(15)).plusSeconds(20), DUE))
                .isEqualTo("in 15 minutes");
        assertThat(ReminderMessages.inHowLong(DUE.minus(Duration.ofHours(24)).plusSeconds(20), DUE))
                .isEqualTo("in 1 day");
        assertThat(ReminderMessages.inHowLong(DUE.minus(Duration.ofHours(4)).plusSeconds(20), DUE))
                .isEqualTo("in 4 hours");
    }

    @Test
    void aTaskThatNamesTheCompanyIsNotFollowedByItAgain() {
        var callBack =
                commitment("call Initech back", Direction.MINE, Optional.of(Counterparty.named("Initech")), true);
        var demo = commitment("book the demo", Direction.MINE, Optional.of(Counterparty.named("Acme")), true);

        assertThat(text(ReminderMessages.missed(callBack, Locale.US)))
                .startsWith(":warning: *Missed:* *call Initech back* was due <!date^");
        assertThat(text(ReminderMessages.missed(demo, Locale.US)))
                .startsWith(":warning: *Missed:* *book the demo* for Acme was due <!date^");
    }

    @Test
    void beforeTheDeadlineTheDraftIsAHeadsUpWithTheNewTime() {
        var deck = commitment("send Acme the deck", Direction.MINE, Optional.of(Counterparty.named("Acme")), true);

        assertThat(Drafts.renegotiation(deck, "Acme", BEFORE, Locale.US))
                .isEqualTo("Hi Acme, a heads-up: I won't be able to send you the deck by Fri 27 Nov, 2:00 PM EST as"
                        + " I said. I'm waiting on [what's holding it up]. You can count on it by [new time].");
    }

    @Test
    void afterTheDeadlineTheDraftOwnsTheMissFirst() {
        var callBack =
                commitment("call Initech back", Direction.MINE, Optional.of(Counterparty.named("Initech")), true);

        assertThat(Drafts.renegotiation(callBack, "Initech", AFTER, Locale.US))
                .isEqualTo("Hi Initech, I said I'd call you back by Fri 27 Nov, 2:00 PM EST, and I didn't. I'm sorry"
                        + " about that. I'm waiting on [what's holding it up]. You can count on it by [new time].");
    }

    @Test
    void theCheckInAsksForANewSpecificTime() {
        var callMe = commitment("call me back", Direction.THEIRS, Optional.of(Counterparty.named("Vandelay")), true);

        assertThat(TheirsMessages.checkIn(callMe, "Vandelay", Locale.US))
                .isEqualTo("Hi Vandelay, just checking in: you were going to call me back by Fri 27 Nov, 2:00 PM EST."
                        + " Is anything holding it up? Let me know a new day and time that works for you.");
    }

    @Test
    void whatSomeoneDeliveredSaysWhoDeliveredIt() {
        var nda =
                commitment("send the signed NDA", Direction.THEIRS, Optional.of(Counterparty.named("Vandelay")), true);

        var kept = Confirmations.of(change(nda, new Act.Keep(), BEFORE), new Aftermath(), OWNER);

        assertThat(text(kept)).isEqualTo(":tada: *Vandelay delivered* on their promise to *send the signed NDA*.");
    }

    @Test
    void aDraftWithAPlaceholderLeftInIsCaughtButTheNewTimeIsNot() {
        assertThat(Drafts.unfilledPlaceholder("Finance is late. You'll have it by [new time]."))
                .isEmpty();
        assertThat(Drafts.unfilledPlaceholder("I'm waiting on [what's holding it up]."))
                .contains("[what's holding it up]");
    }

    /** What can be done to a promise of that direction: one's own is renegotiated, what is owed gets a new date. */
    private static List<Act> acts(Direction direction) {
        var move = direction == Direction.MINE ? Act.DeadlineMove.RENEGOTIATE : Act.DeadlineMove.NEW_DATE;
        return List.of(
                new Act.Keep(),
                new Act.Undo(),
                new Act.Reopen(),
                new Act.FollowUp(NEW_DUE),
                new Act.Snooze(BEFORE.plus(Duration.ofMinutes(30))),
                new Act.MoveDeadline(move, NEW_DUE, "Mon 10am", Optional.empty(), false),
                new Act.MoveDeadline(Act.DeadlineMove.FIRM_UP, NEW_DUE, "Mon 10am", Optional.empty(), false),
                new Act.Cancel(Optional.of("they went with someone else"), false),
                new Act.Cancel(Optional.empty(), true));
    }

    private static Change change(Commitment commitment, Act act, Instant now) {
        var after = act instanceof Act.MoveDeadline
                ? withDue(commitment, DueDate.hard(NEW_DUE, "Mon 10am", NEW_YORK, 2, now))
                : commitment;
        var timing = commitment.due().map(due -> now.isAfter(due) ? Timing.AFTER_THE_DEADLINE : Timing.BY_THE_DEADLINE);
        var event = new CommitmentEvent(
                EventKind.KEPT,
                Optional.of("U0001"),
                now,
                timing,
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Set.of(),
                Optional.empty(),
                Optional.empty());
        return new Change(commitment, after, event, act, "U0001", PressedOn.withoutAMessage(commitment.id()));
    }

    private static String text(ReminderMessages.Message message) {
        return Rendered.of(message.blocks()).mrkdwn().get(0);
    }
}
