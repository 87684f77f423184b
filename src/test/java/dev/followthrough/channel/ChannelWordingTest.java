package dev.followthrough.channel;

import static dev.followthrough.support.WordingCases.NEW_YORK;
import static dev.followthrough.support.WordingChecks.hasNoPlaceholder;
import static dev.followthrough.support.WordingChecks.readsWell;
import static dev.followthrough.support.WordingChecks.wellWorded;
import static org.assertj.core.api.Assertions.assertThat;

import dev.followthrough.commitment.Counterparty;
import dev.followthrough.commitment.Direction;
import dev.followthrough.support.WordingCases;
import dev.followthrough.support.WordingChecks.Rendered;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The channel's posts and summary for every case of the wording matrix. */
class ChannelWordingTest {

    @ParameterizedTest(name = "{0}")
    @MethodSource("dev.followthrough.support.WordingCases#everyCase")
    void everyChannelPostReadsWell(WordingCases.Case wording) {
        var commitment = wording.commitment();
        for (var text : List.of(
                ChannelPostTexts.due(commitment),
                ChannelPostTexts.missed(commitment),
                ChannelPostTexts.kept(commitment, false),
                ChannelPostTexts.kept(commitment, true),
                ChannelPostTexts.reopened(commitment))) {
            readsWell(commitment, text);
            hasNoPlaceholder(text);
        }
        ChannelSummary.of(List.of(commitment), NEW_YORK, wording.now())
                .ifPresent(summary -> wellWorded(commitment, summary.text(), Rendered.of(summary.blocks())));
    }

    @Test
    void aChannelHearsWhoseSlipItIsWithoutTheCompanyTwice() {
        var callBack = WordingCases.commitment(
                "call Initech back", Direction.MINE, Optional.of(Counterparty.named("Initech")), true);
        var demo =
                WordingCases.commitment("book the demo", Direction.MINE, Optional.of(Counterparty.named("Acme")), true);

        assertThat(ChannelPostTexts.missed(callBack))
                .isEqualTo(":warning: Slipped past its deadline: <@U0001>'s promise to *call Initech back*. <@U0001>"
                        + " will set a new time.");
        assertThat(ChannelPostTexts.due(demo))
                .isEqualTo(":hourglass: Due now: <@U0001>'s promise to *book the demo* for Acme.");
    }

    @Test
    void whatWasDueTodayAndSlippedStillCountsAsDueToday() {
        var promises = List.of(
                WordingCases.commitment("send the deck", Direction.MINE, Optional.empty(), true),
                WordingCases.commitment("book the demo", Direction.MINE, Optional.empty(), true),
                WordingCases.commitment("review the redlines", Direction.MINE, Optional.empty(), true));

        var summary = ChannelSummary.of(promises, NEW_YORK, WordingCases.AFTER).orElseThrow();

        assertThat(summary.text()).startsWith("Promises in this channel: 3 due today, 3 overdue");
    }
}
