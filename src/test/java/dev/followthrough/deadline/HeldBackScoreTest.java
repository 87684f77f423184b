package dev.followthrough.deadline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.followthrough.commitment.Counterparty;
import dev.followthrough.commitment.Direction;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The held-back score counts what the issue counts, and nothing else. */
class HeldBackScoreTest {

    private static final Instant FRIDAY_FIVE = Instant.parse("2026-12-04T22:00:00Z");
    private static final Instant FRIDAY_FIVE_AND_TEN_SECONDS = FRIDAY_FIVE.plusSeconds(10);

    @Test
    void aSlackUserIsMatchedByIdAndANameWhateverItsCaseAndSpaces() {
        assertThat(firm(row("HARD", "@U123ABC"), FRIDAY_FIVE, Counterparty.slackUser("U123ABC"))
                        .counterpartyRight())
                .isTrue();
        assertThat(firm(row("HARD", "@U123ABC"), FRIDAY_FIVE, Counterparty.named("U123ABC"))
                        .counterpartyRight())
                .isFalse();
        assertThat(firm(row("HARD", "the buyer at  Hooli"), FRIDAY_FIVE, Counterparty.named("The buyer at Hooli"))
                        .counterpartyRight())
                .isTrue();
        assertThat(firm(row("HARD", "@kenji"), FRIDAY_FIVE, Counterparty.named("@kenji"))
                        .counterpartyRight())
                .isTrue();
    }

    @Test
    void theDeadlineCountsToTheMinute() {
        assertThat(firm(row("HARD", ""), FRIDAY_FIVE_AND_TEN_SECONDS, null).deadlineRight())
                .isTrue();
        assertThat(firm(row("HARD", ""), FRIDAY_FIVE.plusSeconds(60), null).deadlineRight())
                .isFalse();
    }

    @Test
    void aRefusalIsScoredOnItsKindAloneAndNoFirmDeadlineStandsInForIt() {
        HeldBackRow refused = new HeldBackRow(
                1,
                "past",
                LocalDateTime.parse("2026-12-02T09:15"),
                ZoneId.of("America/New_York"),
                Locale.US,
                "send the deck by 25:00",
                "INVALID",
                List.of(),
                "",
                "");

        HeldBackScore asRefused =
                HeldBackScore.of(refused, new PromiseReading.Invalid("There's no such time as 25:00."));
        HeldBackScore asFirm = firm(refused, FRIDAY_FIVE, null);

        assertThat(asRefused.allRight()).isTrue();
        assertThat(asFirm.allRight()).isFalse();
        assertThat(asFirm.wrongFirmDeadline()).isTrue();
    }

    @Test
    void aSoftReadingWithTheRightTargetIsStillTheWrongKindButNoWrongFirmDeadline() {
        HeldBackScore soft = new HeldBackScore(
                row("HARD", ""), "SOFT", List.of(FRIDAY_FIVE), Optional.empty(), Optional.of(Direction.MINE), "");

        assertThat(soft.kindRight()).isFalse();
        assertThat(soft.wrongFirmDeadline()).isFalse();
    }

    private static HeldBackRow row(String kind, String counterparty) {
        return new HeldBackRow(
                1,
                "ordinary",
                LocalDateTime.parse("2026-12-02T09:15"),
                ZoneId.of("America/New_York"),
                Locale.US,
                "send the deck by Friday",
                kind,
                List.of(FRIDAY_FIVE),
                counterparty,
                "MINE");
    }

    // Built as the score sees a reading, not through Deadline's constructors, which other parts of issue 12 change.
    private static HeldBackScore firm(HeldBackRow row, Instant due, Counterparty counterparty) {
        return new HeldBackScore(
                row, "HARD", List.of(due), Optional.ofNullable(counterparty), Optional.of(Direction.MINE), "");
    }
}
