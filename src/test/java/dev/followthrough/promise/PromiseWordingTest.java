package dev.followthrough.promise;

import static dev.followthrough.support.WordingChecks.hasNoPlaceholder;
import static dev.followthrough.support.WordingChecks.readsWell;
import static org.assertj.core.api.Assertions.assertThat;

import dev.followthrough.commitment.Counterparty;
import dev.followthrough.commitment.Direction;
import dev.followthrough.support.WordingCases;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** What a recorded promise is summed up as, for every case of the wording matrix. */
class PromiseWordingTest {

    @ParameterizedTest(name = "{0}")
    @MethodSource("dev.followthrough.support.WordingCases#everyCase")
    void theSummaryOfARecordedPromiseReadsWell(WordingCases.Case wording) {
        var commitment = wording.commitment();
        for (var text : new String[] {
            PromiseMessages.headline(commitment, Locale.US), PromiseMessages.recordedText(commitment, Locale.US)
        }) {
            readsWell(commitment, text);
            hasNoPlaceholder(text);
        }
    }

    @Test
    void aPromiseThatNamesTheCompanyIsNotSaidToBeToItAgain() {
        var share = WordingCases.commitment(
                "share the ROI model with Hooli", Direction.MINE, Optional.of(Counterparty.named("Hooli")), true);
        var demo =
                WordingCases.commitment("book the demo", Direction.MINE, Optional.of(Counterparty.named("Acme")), true);
        var order = WordingCases.commitment(
                "send the signed order form", Direction.THEIRS, Optional.of(Counterparty.named("Vandelay")), true);

        assertThat(PromiseMessages.recordedText(share, Locale.US))
                .startsWith("<@U0001> promised: share the ROI model with Hooli — by ");
        assertThat(PromiseMessages.recordedText(demo, Locale.US))
                .startsWith("<@U0001> promised Acme: book the demo — by ");
        assertThat(PromiseMessages.recordedText(order, Locale.US))
                .startsWith("Vandelay promised <@U0001>: send the signed order form — by ");
    }
}
