package dev.followthrough.deadline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.followthrough.commitment.Counterparty;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PlainMentionsTest {

    @ParameterizedTest
    @ValueSource(strings = {"@buyer", "@ann.lee", "@ravi_k", "@anna-m", "@buyer,", "@Dee2"})
    void aPlainAtNameIsSomeoneNamedAsTyped(String typed) {
        List<Token> tokens = Tokenizer.tokens(typed);

        assertThat(tokens).hasSize(1);
        String name = Tokenizer.stripPunctuation(typed);
        assertThat(tokens.get(0).person()).contains(Counterparty.named(name));
    }

    @Test
    void aPossessivePlainAtNameIsThePersonWithoutThePossessive() {
        assertThat(Tokenizer.tokens("@buyer's").get(0).person()).contains(Counterparty.named("@buyer"));
    }

    @Test
    void slacksEscapedMentionIsThatSlackUser() {
        assertThat(Tokenizer.tokens("<@U300|buyer>").get(0).person()).contains(Counterparty.slackUser("U300"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"@3pm", "@15:30", "@9", "@noon", "@EOD", "@tomorrow", "@friday"})
    void anAtBeforeATimeIsTheLeadWordAtAndTheTime(String typed) {
        List<Token> tokens = Tokenizer.tokens(typed);

        assertThat(tokens).extracting(Token::norm).first().isEqualTo("@");
        assertThat(tokens).hasSize(2);
        assertThat(tokens.get(1).person()).isEmpty();
        assertThat(tokens.get(1).start()).isEqualTo(1);
        assertThat(tokens.get(1).end()).isEqualTo(typed.length());
    }

    @ParameterizedTest
    @ValueSource(strings = {"@", "bob@acme.com", "@@", "@-"})
    void anAtAloneOrInsideAWordIsNoOne(String typed) {
        assertThat(Tokenizer.tokens(typed))
                .allSatisfy(token -> assertThat(token.person()).isEqualTo(Optional.empty()));
    }
}
