package dev.followthrough.promise;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** One word a letter away from a sub-command is asked about; anything else is left to be a promise. */
class NearlyASubcommandTest {

    @Test
    void aLetterAddedDroppedChangedOrSwappedIsNearlyTheWord() {
        assertThat(Help.nearly("teams")).map(Help.Word::word).contains("team");
        assertThat(Help.nearly("Teams")).map(Help.Word::word).contains("team");
        assertThat(Help.nearly("lsit")).map(Help.Word::word).contains("list");
        assertThat(Help.nearly("scre")).map(Help.Word::word).contains("score");
        assertThat(Help.nearly("chanel")).map(Help.Word::word).contains("channel");
        assertThat(Help.nearly("exprot")).map(Help.Word::word).contains("export");
    }

    @Test
    void theWordItselfMoreThanOneWordOrAnotherWordIsNot() {
        assertThat(Help.nearly("team")).isEmpty();
        assertThat(Help.nearly("lunch")).isEmpty();
        assertThat(Help.nearly("teams by Friday")).isEmpty();
        assertThat(Help.nearly("tems?")).isEmpty();
        assertThat(Help.nearly("")).isEmpty();
        assertThat(Help.nearly("sent")).isEmpty();
    }
}
