package dev.followthrough.reminder;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonParser;
import dev.followthrough.commitment.Commitment;
import dev.followthrough.commitment.Counterparty;
import dev.followthrough.commitment.Direction;
import dev.followthrough.commitment.DueDate;
import dev.followthrough.commitment.Reminders;
import dev.followthrough.commitment.Status;
import dev.followthrough.platform.slack.BlockKitFit;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Which reminders fold, under which key, in which order, and that a fold always fits one message. */
class FoldingTest {

    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    private static final Instant NUDGE_AT = at("2026-11-26T14:00");

    @Test
    void aReminderAloneInItsMinuteGoesOutAsItAlwaysDid() {
        var alone = nudge(commitment(1, "U100"), NUDGE_AT);

        var outgoing = Folding.fold(List.of(alone));

        assertThat(outgoing).singleElement().isInstanceOf(Folding.Alone.class);
        var message = outgoing.get(0).message();
        assertThat(message.dedupeKey()).isEqualTo(alone.key());
        assertThat(message.text()).isEqualTo(alone.message().text());
        assertThat(message.commitmentId()).contains(1L);
    }

    @Test
    void oneOwnersRemindersOfOneMinuteFoldUnderAKeyNoSingleReminderHas() {
        var first = nudge(commitment(1, "U100"), NUDGE_AT);
        var second = nudge(commitment(2, "U100"), NUDGE_AT.plusSeconds(40));

        var outgoing = Folding.fold(List.of(first, second));

        assertThat(outgoing).singleElement().isInstanceOf(Folding.Folded.class);
        var key = outgoing.get(0).message().dedupeKey();
        assertThat(key).startsWith("fold:U100:").isNotIn(first.key(), second.key());
        assertThat(Folding.fold(List.of(second, first)).get(0).message().dedupeKey())
                .as("built again by a retried sweep, in whatever order it claimed them")
                .isEqualTo(key);
        assertThat(outgoing.get(0).message().text())
                .isEqualTo("2 promises due in 1 day: send the deck 1, send the deck 2");
    }

    @Test
    void aLaterFoldInTheSameMinuteIsNotMistakenForTheFirst() {
        var earlier =
                Folding.fold(List.of(nudge(commitment(1, "U100"), NUDGE_AT), nudge(commitment(2, "U100"), NUDGE_AT)));
        var later = Folding.fold(List.of(
                nudge(commitment(3, "U100"), NUDGE_AT.plusSeconds(30)), nudge(commitment(4, "U100"), NUDGE_AT)));

        assertThat(later.get(0).message().dedupeKey())
                .isNotEqualTo(earlier.get(0).message().dedupeKey());
    }

    @Test
    void otherPeopleAndOtherMinutesAreNotFolded() {
        var outgoing = Folding.fold(List.of(
                nudge(commitment(1, "U100"), NUDGE_AT),
                nudge(commitment(2, "U101"), NUDGE_AT),
                nudge(commitment(3, "U100"), NUDGE_AT.plusSeconds(60))));

        assertThat(outgoing).hasSize(3).allMatch(message -> message instanceof Folding.Alone);
    }

    @Test
    void missedPromisesComeBeforeTheNudgesOfTheSameMinute() {
        var nudged = nudge(commitment(1, "U100"), NUDGE_AT);
        var missedCommitment = commitment(2, "U100");
        var missed = new Reminder(
                missedCommitment,
                Plan.Kind.MISSED,
                "missed:2:v1:" + NUDGE_AT.getEpochSecond(),
                ReminderMessages.missed(missedCommitment, Locale.US),
                FoldMessage.label(Plan.Kind.MISSED, missedCommitment, NUDGE_AT),
                NUDGE_AT);

        var folded = (Folding.Folded) Folding.fold(List.of(nudged, missed)).get(0);

        assertThat(folded.layout().parts().get(1).commitmentId()).contains(2L);
        assertThat(folded.message().text())
                .isEqualTo("2 promises — 1 missed: send the deck 2; 1 due in 1 day: send the deck 1");
    }

    @Test
    void sixtyPromisesFitOneMessageEvenOnceEveryShownOneIsSettled() {
        var reminders = IntStream.rangeClosed(1, 60)
                .mapToObj(id -> nudge(commitment(id, "U100"), NUDGE_AT))
                .toList();

        var folded = (Folding.Folded) Folding.fold(reminders).get(0);

        var blocks = JsonParser.parseString(folded.layout().blocksJson()).getAsJsonArray();
        assertThat(blocks.size()).isLessThanOrEqualTo(BlockKitFit.MESSAGE_BLOCKS);
        var settled = new ArrayList<Integer>();
        for (var part : folded.layout().parts()) {
            // A part shown for a promise may grow to PART_BLOCKS once pressed; one only named stays empty.
            var shownPromise = part.commitmentId().isPresent() && !part.blocks().isEmpty();
            settled.add(shownPromise ? FoldMessage.PART_BLOCKS : part.blocks().size());
        }
        assertThat(settled.stream().mapToInt(Integer::intValue).sum()).isLessThanOrEqualTo(BlockKitFit.MESSAGE_BLOCKS);
        assertThat(folded.layout().blocksJson()).contains("…and " + (60 - FoldMessage.SHOWN) + " more:");
        assertThat(folded.message().text()).startsWith("60 promises due in 1 day: send the deck 1, send the deck 2");
        assertThat(folded.layout().parts().stream().flatMap(part -> part.commitmentId().stream()))
                .as("every member recorded, those only counted in \"and N more\" too")
                .hasSize(60)
                .doesNotHaveDuplicates();
    }

    private static Reminder nudge(Commitment commitment, Instant at) {
        var now = at.plusSeconds(20);
        return new Reminder(
                commitment,
                Plan.Kind.NUDGE,
                "nudge:" + commitment.id() + ":v1:" + at.getEpochSecond(),
                ReminderMessages.nudge(commitment, now, at("2026-11-27T09:00"), Locale.US),
                FoldMessage.label(Plan.Kind.NUDGE, commitment, now),
                at);
    }

    private static Commitment commitment(long id, String ownerId) {
        var made = at("2026-11-23T10:00");
        return new Commitment(
                id,
                "T0001",
                ownerId,
                "send the deck " + id,
                Direction.MINE,
                Optional.of(Counterparty.named("Acme")),
                DueDate.hard(at("2026-11-27T14:00"), "by Fri 2pm", NEW_YORK, 1, made),
                Status.OPEN,
                Optional.empty(),
                Optional.empty(),
                Reminders.startingAt(made),
                made,
                made);
    }

    private static Instant at(String local) {
        return LocalDateTime.parse(local).atZone(NEW_YORK).toInstant();
    }
}
