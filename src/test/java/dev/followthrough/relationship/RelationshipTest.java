package dev.followthrough.relationship;

import static org.assertj.core.api.Assertions.assertThat;

import dev.followthrough.commitment.Counterparty;
import dev.followthrough.commitment.Direction;
import dev.followthrough.commitment.EventKind;
import dev.followthrough.commitment.Status;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A relationship's record from the commitments' histories: both rates, slips, the next step, the last contact. */
class RelationshipTest {

    private static final Instant NOW = Instant.parse("2026-11-23T15:00:00Z");
    private static final Counterparty ACME = Counterparty.named("Acme");

    private final Histories histories = new Histories();

    @Test
    void bothRatesCountOnlyWhatCameDueAndSayItInPlainWords() {
        var relationship = Relationship.allOf(
                        List.of(
                                histories.of(ACME, Direction.MINE, days(-20), Status.KEPT, EventKind.KEPT),
                                histories.of(ACME, Direction.MINE, days(-10), Status.KEPT, EventKind.KEPT),
                                histories.of(ACME, Direction.MINE, days(-5), Status.MISSED, EventKind.MISSED),
                                histories.of(ACME, Direction.MINE, days(3), Status.OPEN),
                                histories.of(ACME, Direction.THEIRS, days(-30), Status.KEPT, EventKind.KEPT),
                                histories.of(ACME, Direction.THEIRS, days(-40), Status.MISSED, EventKind.MISSED)),
                        NOW)
                .get(0);

        assertThat(RelationshipWords.rates(relationship)).isEqualTo("you kept 2 of 3 to Acme; Acme kept 1 of 2 to you");
        assertThat(RelationshipWords.shortRates(relationship)).isEqualTo("you 2/3 · them 1/2");
    }

    @Test
    void theNextStepIsTheOpenOneDueSoonestEitherWay() {
        var later = histories.of(ACME, Direction.MINE, days(6), Status.OPEN);
        var sooner = histories.of(ACME, Direction.THEIRS, days(2), Status.OPEN);
        var relationship = Relationship.allOf(List.of(later, sooner), NOW).get(0);

        assertThat(relationship.nextStep()).contains(sooner.commitment());
        assertThat(relationship.needsAttention()).isFalse();
    }

    @Test
    void theirMissLatelyOrStillOpenIsSlippingAndAnOldKeptOneIsNot() {
        var missedLately = Relationship.allOf(
                        List.of(histories.of(ACME, Direction.THEIRS, days(-3), Status.KEPT, EventKind.MISSED)), NOW)
                .get(0);
        var stillOpen = Relationship.allOf(
                        List.of(histories.of(ACME, Direction.THEIRS, days(-60), Status.MISSED, EventKind.MISSED)), NOW)
                .get(0);
        var keptLongAgo = Relationship.allOf(
                        List.of(histories.of(ACME, Direction.THEIRS, days(-60), Status.KEPT, EventKind.KEPT)), NOW)
                .get(0);
        var mineMissed = Relationship.allOf(
                        List.of(histories.of(ACME, Direction.MINE, days(-3), Status.MISSED, EventKind.MISSED)), NOW)
                .get(0);

        assertThat(stillOpen.slips()).isEqualTo(1);
        assertThat(keptLongAgo.otherSideSlipping()).isFalse();
        assertThat(keptLongAgo.needsAttention())
                .as("nothing open: no next step")
                .isTrue();
        assertThat(mineMissed.otherSideSlipping())
                .as("my own miss is not theirs")
                .isFalse();
        assertThat(RelationshipWords.slips(stillOpen)).isEqualTo("1 of theirs slipped lately");
        assertThat(missedLately.histories()).hasSize(1);
    }

    @Test
    void theLastContactIsTheLatestKeepFollowUpOrPromiseNeverTheSweepsMissedMark() {
        var kept = histories.of(ACME, Direction.MINE, days(-10), Status.KEPT, EventKind.KEPT);
        var missed = histories.of(ACME, Direction.MINE, days(-2), Status.MISSED, EventKind.MISSED);
        var relationship = Relationship.allOf(List.of(kept, missed), NOW).get(0);

        var contact = relationship.lastContact().orElseThrow();
        // The missed one's latest contact is its promise, a week before it was due; the keep is later.
        assertThat(contact.kind()).isEqualTo(EventKind.CREATED);
        assertThat(contact.commitment()).isEqualTo(missed.commitment());
        assertThat(contact.at()).isEqualTo(days(-9));
    }

    @Test
    void slippingRelationshipsComeFirstThenThoseWithNoNextStep() {
        var steady = histories.of(Counterparty.named("Steady"), Direction.MINE, days(2), Status.OPEN);
        var quiet = histories.of(Counterparty.named("Quiet"), Direction.MINE, days(-8), Status.KEPT, EventKind.KEPT);
        var slipping = histories.of(
                Counterparty.named("Slipping"), Direction.THEIRS, days(-1), Status.MISSED, EventKind.MISSED);

        var ordered = Relationship.needingAttentionFirst(Relationship.allOf(List.of(steady, quiet, slipping), NOW));

        assertThat(ordered)
                .extracting(relationship -> relationship.counterparty().display())
                .containsExactly("Slipping", "Quiet", "Steady");
    }

    private static Instant days(int days) {
        return NOW.plus(Duration.ofDays(days));
    }
}
