package dev.followthrough.platform.slack;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ControlCharactersTest {

    @Test
    void nulAndOtherControlCharactersAreRemoved() {
        assertThat(ControlCharacters.removeFrom("send\u0000 the\u0007 deck\u001b[0m\u007f\r"))
                .isEqualTo("send the deck[0m");
    }

    @Test
    void tabsNewlinesAndEverythingPrintableStay() {
        var text = "line one\n\tline two: café, 日本, 🎉, \u00a0";

        assertThat(ControlCharacters.removeFrom(text)).isSameAs(text);
    }

    @Test
    void nothingStaysNothing() {
        assertThat(ControlCharacters.removeFrom(null)).isNull();
        assertThat(ControlCharacters.removeFrom("")).isEmpty();
    }
}
