package dev.followthrough.reminder;

import static dev.followthrough.support.WordingChecks.wellWorded;
import static org.assertj.core.api.Assertions.assertThat;

import dev.followthrough.commitment.Direction;
import dev.followthrough.commitment.Escalation;
import dev.followthrough.commitment.Firmness;
import dev.followthrough.support.WordingCases;
import dev.followthrough.support.WordingChecks.Rendered;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** What the owner hears of an escalation, before and after, for every case of the wording matrix. */
class EscalationMessagesWordingTest {

    private static final Escalation IN_THREAD = new Escalation(Duration.ofHours(24), Optional.empty());
    private static final Escalation TO_A_LEAD = new Escalation(Duration.ofHours(8), Optional.of("U0400"));

    @ParameterizedTest(name = "{0}")
    @MethodSource("dev.followthrough.support.WordingCases#everyCase")
    void theOwnerHearsWhenAndWhereItWillBeRaisedAndThatItWas(WordingCases.Case wording) {
        var commitment = wording.commitment();
        if (commitment.direction() != Direction.MINE || commitment.firmness() != Firmness.HARD) {
            return;
        }
        var raiseAt = commitment.due().orElseThrow().plus(Duration.ofDays(2));
        for (var rule : List.of(IN_THREAD, TO_A_LEAD)) {
            var missed = ReminderMessages.missed(
                    commitment, Locale.US, Optional.of(new ReminderMessages.Raising(raiseAt, rule)));
            var raised = ReminderMessages.raised(commitment, rule, Locale.US);
            for (var message : List.of(missed, raised)) {
                var rendered = Rendered.of(message.blocks());
                wellWorded(commitment, message.text(), rendered);
                assertThat(String.join(" ", rendered.mrkdwn()))
                        .contains(
                                rule.contactId().map(id -> "with <@" + id + ">").orElse("it in its"));
            }
            assertThat(String.join(" ", Rendered.of(missed.blocks()).mrkdwn()))
                    .contains("<!date^" + raiseAt.getEpochSecond() + "^");
        }
    }
}
