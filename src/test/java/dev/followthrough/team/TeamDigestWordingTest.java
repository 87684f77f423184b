package dev.followthrough.team;

import static dev.followthrough.support.WordingCases.NEW_YORK;
import static dev.followthrough.support.WordingChecks.wellWorded;
import static org.assertj.core.api.Assertions.assertThat;

import dev.followthrough.commitment.CommitmentHistory;
import dev.followthrough.commitment.Counterparty;
import dev.followthrough.commitment.Direction;
import dev.followthrough.support.WordingCases;
import dev.followthrough.support.WordingChecks.Rendered;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The team digest for every case of the wording matrix. */
class TeamDigestWordingTest {

    @ParameterizedTest(name = "{0}")
    @MethodSource("dev.followthrough.support.WordingCases#everyCase")
    void everyTeamDigestReadsWell(WordingCases.Case wording) {
        var commitment = wording.commitment();
        var facts = TeamDigestFacts.of(List.of(new CommitmentHistory(commitment, List.of())), wording.now());

        var message = TeamDigestBlocks.of("C200", facts, NEW_YORK);

        wellWorded(commitment, message.text(), Rendered.of(message.blocks()));
    }

    @Test
    void aPromiseToACompanyNamesItOnceAndWhatTheyOweNamesThemFirst() {
        var mine =
                WordingCases.commitment("book the demo", Direction.MINE, Optional.of(Counterparty.named("Acme")), true);
        var theirs = WordingCases.commitment(
                "send the PO", Direction.THEIRS, Optional.of(Counterparty.named("Vandelay")), true);
        var facts = TeamDigestFacts.of(
                List.of(new CommitmentHistory(mine, List.of()), new CommitmentHistory(theirs, List.of())),
                WordingCases.AFTER);

        var overdue = Rendered.of(TeamDigestBlocks.of("C200", facts, NEW_YORK).blocks()).mrkdwn().stream()
                .filter(text -> text.contains("*Overdue*"))
                .findFirst()
                .orElseThrow();

        assertThat(overdue).contains("<@U0001> → Acme: *book the demo*").contains("Vandelay → <@U0001>: *send the PO*");
    }
}
