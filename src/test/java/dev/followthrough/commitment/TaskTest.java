package dev.followthrough.commitment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class TaskTest {

    private static final Optional<Counterparty> ACME = Optional.of(Counterparty.named("Acme"));
    private static final Optional<Counterparty> BUYER = Optional.of(Counterparty.slackUser("U300"));

    @Test
    void theVerbIsToldFromTheRest() {
        var deck = Task.read("send Acme the deck", ACME);

        assertThat(deck.verb()).contains("send");
        assertThat(deck.rest()).isEqualTo("Acme the deck");
        assertThat(Task.read("call Initech back", Optional.empty()).verb()).contains("call");
        assertThat(Task.read("Book the demo", Optional.empty()).verb()).contains("book");
    }

    @Test
    void aTaskThatIsAThingHasNoVerb() {
        assertThat(Task.read("the signed order form", ACME).isVerbPhrase()).isFalse();
        assertThat(Task.read("review of the redlines", ACME).isVerbPhrase()).isFalse();
        assertThat(Task.read("revised proposal", ACME).rest()).isEqualTo("revised proposal");
    }

    @Test
    void knowsWhetherTheTaskAlreadyNamesTheCounterparty() {
        assertThat(Task.read("send Acme the deck", ACME).namesCounterparty()).isTrue();
        assertThat(Task.read("share the ROI model with acme", ACME).namesCounterparty())
                .isTrue();
        assertThat(Task.read("send <@U300> the deck", BUYER).namesCounterparty())
                .isTrue();
        assertThat(Task.read("book the demo", ACME).namesCounterparty()).isFalse();
        assertThat(Task.read("send the Acmeville file", ACME).namesCounterparty())
                .isFalse();
        assertThat(Task.read("call the CFO back", Optional.of(Counterparty.named("the CFO")))
                        .namesCounterparty())
                .isTrue();
    }

    @Test
    void saidToTheCounterpartyTheirNameBecomesYou() {
        assertThat(Task.read("send Acme the deck", ACME).toThem(ACME)).isEqualTo("send you the deck");
        assertThat(Task.read("share Acme's ROI model with the team", ACME).toThem(ACME))
                .isEqualTo("share your ROI model with the team");
        assertThat(Task.read("send the revised MSA to <@U300>", BUYER).toThem(BUYER))
                .isEqualTo("send the revised MSA to you");
        var cfo = Optional.of(Counterparty.named("the CFO"));
        assertThat(Task.read("call the CFO back", cfo).toThem(cfo)).isEqualTo("call you back");
        assertThat(Task.read("book the demo", ACME).toThem(ACME)).isEqualTo("book the demo");
    }

    @Test
    void whatIsHandedOverGoesToSomeoneAndTheRestIsDoneForThem() {
        assertThat(Task.read("send the deck", ACME).preposition()).isEqualTo("to");
        assertThat(Task.read("book the demo", ACME).preposition()).isEqualTo("for");
        assertThat(Task.read("the deck", ACME).preposition()).isEqualTo("to");
    }
}
