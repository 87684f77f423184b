package dev.followthrough.support;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.followthrough.commitment.Counterparty;
import dev.followthrough.commitment.Direction;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The wording checks catch what issue 11 found, so a green matrix means something. */
class WordingChecksTest {

    @Test
    void theOldWordingsAreCaught() {
        var callBack = WordingCases.commitment(
                "call Initech back", Direction.MINE, Optional.of(Counterparty.named("Initech")), true);
        var nda = WordingCases.commitment(
                "send the signed NDA", Direction.THEIRS, Optional.of(Counterparty.named("Vandelay")), true);

        assertThatThrownBy(() -> WordingChecks.readsWell(callBack, "*call Initech back* to Initech"))
                .isInstanceOf(AssertionError.class);
        assertThatThrownBy(() -> WordingChecks.readsWell(nda, "Hi, checking in on send the signed NDA"))
                .isInstanceOf(AssertionError.class);
        assertThatThrownBy(() -> WordingChecks.readsWell(nda, "Vandelay delivered send the signed NDA"))
                .isInstanceOf(AssertionError.class);
        assertThatThrownBy(() -> WordingChecks.hasNoRawMention("Message to <@U0002>"))
                .isInstanceOf(AssertionError.class);
        assertThatThrownBy(() -> WordingChecks.hasNoPlaceholder("I'm waiting on [what's holding it up]."))
                .isInstanceOf(AssertionError.class);
    }
}
