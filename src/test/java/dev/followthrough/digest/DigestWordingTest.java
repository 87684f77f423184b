package dev.followthrough.digest;

import static dev.followthrough.support.WordingCases.NEW_YORK;
import static dev.followthrough.support.WordingChecks.wellWorded;

import dev.followthrough.commitment.CommitmentHistory;
import dev.followthrough.support.WordingCases;
import dev.followthrough.support.WordingChecks.Rendered;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The weekly digest's lines for every case of the wording matrix. */
class DigestWordingTest {

    @ParameterizedTest(name = "{0}")
    @MethodSource("dev.followthrough.support.WordingCases#everyCase")
    void everyDigestLineReadsWell(WordingCases.Case wording) {
        var commitment = wording.commitment();
        // A digest goes out a few days before the deadline, or after it has passed.
        var now = wording.now().isBefore(WordingCases.DUE) ? WordingCases.DUE.minus(Duration.ofDays(2)) : wording.now();
        var facts = DigestFacts.of(List.of(new CommitmentHistory(commitment, List.of())), now, NEW_YORK);

        var digest = DigestBlocks.of(facts, now, Locale.US);

        wellWorded(commitment, digest.text(), Rendered.of(digest.blocks()));
    }
}
