package dev.followthrough.relationship;

import static org.assertj.core.api.Assertions.assertThat;

import dev.followthrough.commitment.Counterparty;
import dev.followthrough.commitment.Direction;
import dev.followthrough.commitment.Status;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Which relationship a typed name or mention means, and what a name that matches none is offered. */
class FindingTheCounterpartyTest {

    private static final Instant NOW = Instant.parse("2026-11-23T15:00:00Z");

    private final Histories histories = new Histories();

    private final List<Relationship> relationships = Relationship.allOf(
            List.of(
                    promise(Counterparty.named("Acme Corp")),
                    promise(Counterparty.named("the buyer at Acme")),
                    promise(Counterparty.named("Acmeville")),
                    promise(Counterparty.named("Globex")),
                    promise(Counterparty.named("globex ")),
                    promise(Counterparty.slackUser("U300"))),
            NOW);

    private final Map<String, String> displayNames = Map.of("user:U300", "Dana");

    @Test
    void aNameMatchesWithoutRegardToCaseOrSpacingAndOneSpellingIsOneRelationship() {
        var found = (Lookup.Found) lookup("  GLOBEX ");

        assertThat(found.countedTogether()).hasSize(1);
        assertThat(found.relationship().histories()).hasSize(2);
    }

    @Test
    void aNameMatchesEveryCounterpartyItIsAWholeWordOfCountedTogether() {
        var found = (Lookup.Found) lookup("acme");

        assertThat(found.countedTogether())
                .extracting(relationship -> relationship.counterparty().display())
                .containsExactlyInAnyOrder("Acme Corp", "the buyer at Acme")
                .doesNotContain("Acmeville");
        assertThat(found.relationship().histories()).hasSize(2);
    }

    @Test
    void anExactNameWinsOverTheNamesItIsPartOf() {
        var found = (Lookup.Found) lookup("acme corp");

        assertThat(found.countedTogether())
                .extracting(relationship -> relationship.counterparty().display())
                .containsExactly("Acme Corp");
    }

    @Test
    void aMentionIsThatSlackUserAndADisplayNameFindsThemToo() {
        var byMention = (Lookup.Found) lookup("<@U300|dana>");
        var byName = (Lookup.Found) lookup("dana");

        assertThat(byMention.relationship().key()).isEqualTo("user:U300");
        assertThat(byName.relationship().key()).isEqualTo("user:U300");
    }

    @Test
    void aNameMatchingNoneIsAnsweredWithTheClosestSpellingsFirst() {
        var notFound = (Lookup.NotFound) lookup("Globx");

        assertThat(notFound.closestFirst()).hasSize(relationships.size());
        assertThat(notFound.closestFirst().get(0).counterparty().display()).isEqualToIgnoringCase("Globex");
        assertThat(lookup("<@U999>")).isInstanceOf(Lookup.NotFound.class);
        assertThat(lookup("Initech")).isInstanceOf(Lookup.NotFound.class);
    }

    private Lookup lookup(String typed) {
        return FindingTheCounterparty.find(
                typed, relationships, relationship -> Optional.ofNullable(displayNames.get(relationship.key())), NOW);
    }

    private dev.followthrough.commitment.CommitmentHistory promise(Counterparty party) {
        return histories.of(party, Direction.MINE, NOW.plusSeconds(86_400), Status.OPEN);
    }
}
