package dev.followthrough.channel;

import static dev.followthrough.support.WordingChecks.hasNoPlaceholder;
import static dev.followthrough.support.WordingChecks.readsWell;
import static org.assertj.core.api.Assertions.assertThat;

import dev.followthrough.commitment.Direction;
import dev.followthrough.commitment.Firmness;
import dev.followthrough.support.WordingCases;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** What is raised, in the thread and to a contact, for every case of the wording matrix. */
class EscalationWordingTest {

    @ParameterizedTest(name = "{0}")
    @MethodSource("dev.followthrough.support.WordingCases#everyCase")
    void whatIsRaisedReadsWellAndSaysWhoseWhatWhenAndThatTheOwnerWasTold(WordingCases.Case wording) {
        var commitment = wording.commitment();
        if (commitment.direction() != Direction.MINE || commitment.firmness() != Firmness.HARD) {
            return;
        }
        var told = commitment.due().orElseThrow().plus(Duration.ofMinutes(10));
        for (var text : List.of(
                ChannelEscalations.inTheThread(commitment, told),
                ChannelEscalations.toTheContact(commitment, "C200", told))) {
            readsWell(commitment, text);
            hasNoPlaceholder(text);
            assertThat(text)
                    .contains("<@" + commitment.ownerId() + ">'s promise")
                    .contains("was due <!date^" + commitment.due().get().getEpochSecond())
                    .contains("was told on <!date^" + told.getEpochSecond())
                    .hasSizeLessThan(3000);
        }
    }
}
