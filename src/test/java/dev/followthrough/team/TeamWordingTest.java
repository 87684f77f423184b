package dev.followthrough.team;

import static dev.followthrough.support.WordingChecks.wellWorded;

import dev.followthrough.commitment.CommitmentHistory;
import dev.followthrough.support.WordingCases;
import dev.followthrough.support.WordingChecks.Rendered;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The team view's rows for every case of the wording matrix: whose word it is, said once. */
class TeamWordingTest {

    @ParameterizedTest(name = "{0}")
    @MethodSource("dev.followthrough.support.WordingCases#everyCase")
    void everyTeamViewRowReadsWell(WordingCases.Case wording) {
        var commitment = wording.commitment();
        var now = wording.now();
        var view = TeamView.of("C200", List.of(new CommitmentHistory(commitment, List.of())), now);

        var answer = TeamBlocks.answer(view, false, now, WordingCases.NEW_YORK, Locale.US);

        wellWorded(commitment, TeamBlocks.text(view), Rendered.of(answer));
    }
}
