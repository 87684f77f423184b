package dev.followthrough.platform.slack;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SubcommandRouterTest {

    private static final Subcommand ANSWER = (payload, arguments, context) -> context.ack();

    @Test
    void aWordGivenTwiceIsRefusedWhenTheRouterIsBuilt() {
        var router = SubcommandRouter.otherwise(ANSWER).withWholeText("list", ANSWER);

        assertThatThrownBy(() -> router.withFirstWord("list", ANSWER))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("\"list\" already has a sub-command");
    }

    @Test
    void aSubcommandIsOneLowerCaseWord() {
        var router = SubcommandRouter.otherwise(ANSWER);

        assertThatThrownBy(() -> router.withFirstWord("Score", ANSWER)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> router.withWholeText("my list", ANSWER)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> router.withFirstWord("", ANSWER)).isInstanceOf(IllegalArgumentException.class);
    }
}
