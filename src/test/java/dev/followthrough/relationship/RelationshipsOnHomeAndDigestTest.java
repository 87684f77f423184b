package dev.followthrough.relationship;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.followthrough.commitment.Timing;
import dev.followthrough.support.BlockKitLimits;
import dev.followthrough.support.RunningFollowthrough;
import dev.followthrough.support.SlackRequests;
import dev.followthrough.support.SlackStandIn;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Relationships where the user already looks: App Home's "Relationships" section, slipping ones
 * first, and the weekly digest's line on whoever is slipping on their side.
 */
class RelationshipsOnHomeAndDigestTest {

    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    private static final String TEAM = SlackRequests.TEAM;

    private final RunningFollowthrough followthrough = RunningFollowthrough.shared();
    private Seeds seeds;

    @BeforeEach
    void startClean() {
        followthrough.reset();
        // Monday 23 November 2026, 10:00 in New York.
        followthrough.clock.set(at("2026-11-23T10:00"));
        seeds = new Seeds(followthrough.jdbi);
        seeds.user(TEAM, "U100", "America/New_York");
    }

    @Test
    void homeShowsRelationshipsSlippingOnesFirstThenThoseWithNoNextStep() {
        seedThree();

        var home = String.join("\n", sectionTexts(openHome().getAsJsonArray("blocks")));

        assertThat(home).contains("*:handshake: Relationships* (3)");
        var slipping = home.indexOf("*Initech* · 1 of theirs slipped lately");
        var quiet = home.indexOf("*Globex* · no next step");
        var steady = home.indexOf("*Acme* · next: *send Acme the revised deck*");
        assertThat(slipping).isPositive().isLessThan(quiet);
        assertThat(quiet).isLessThan(steady);
        assertThat(home).contains("you 1/1 · them —");
    }

    @Test
    void aFullHomeKeepsItsRelationshipsWithinItsHundredBlocks() {
        for (var index = 0; index < 60; index++) {
            seeds.commitment(
                    TEAM,
                    "U100",
                    "send report " + index,
                    "MINE",
                    null,
                    "Client " + index,
                    at("2026-11-27T14:00"),
                    "OPEN",
                    null);
        }

        var view = openHome();

        assertThat(view.getAsJsonArray("blocks").size()).isLessThanOrEqualTo(100);
        assertThat(String.join("\n", sectionTexts(view.getAsJsonArray("blocks"))))
                .contains("*:handshake: Relationships* (60)")
                .contains("_…and 54 more: `/promise with` lists them all._");
        assertThat(BlockKitLimits.breaches(followthrough.slack.calls("views.publish")))
                .isEmpty();
    }

    @Test
    void theDigestNamesWhoIsSlippingOnTheirSideAndOnlyThem() {
        seedThree();

        var digest = String.join("\n", sectionTexts(digestBlocks()));

        assertThat(digest)
                .contains(":eyes: *Slipping on their side.*")
                .contains("• *Initech*: 1 of theirs slipped lately");
        var slippingSection = digest.substring(digest.indexOf("Slipping on their side"));
        assertThat(slippingSection).doesNotContain("Globex").doesNotContain("Acme");
    }

    @Test
    void theDigestSaysNothingOfRelationshipsWhenNoOneIsSlipping() {
        seeds.kept(
                TEAM,
                "U100",
                "send the logo files",
                "THEIRS",
                null,
                "Acme",
                at("2026-11-19T17:00"),
                at("2026-11-19T09:00"),
                Timing.BY_THE_DEADLINE);
        // Their miss of two months ago, since delivered, is not slipping now.
        var old = seeds.missed(TEAM, "U100", "send the PO", "THEIRS", null, "Initech", at("2026-09-20T17:00"));
        followthrough.jdbi.useHandle(handle -> handle.execute(
                "UPDATE commitments SET status = 'KEPT', closed_at = due_at + interval '2 days' WHERE id = ?", old));

        var digest = String.join("\n", sectionTexts(digestBlocks()));

        assertThat(digest).doesNotContain("Slipping on their side");
    }

    /** Acme: an open promise of mine due Friday. Globex: kept, nothing open. Initech: theirs, missed last week. */
    private void seedThree() {
        seeds.commitment(
                TEAM, "U100", "send Acme the revised deck", "MINE", null, "Acme", at("2026-11-27T14:00"), "OPEN", null);
        seeds.kept(
                TEAM,
                "U100",
                "send the logo",
                "MINE",
                null,
                "Globex",
                at("2026-11-18T17:00"),
                at("2026-11-18T11:00"),
                Timing.BY_THE_DEADLINE);
        seeds.missed(TEAM, "U100", "send the PO", "THEIRS", null, "Initech", at("2026-11-20T17:00"));
    }

    private JsonObject openHome() {
        var event = new JsonObject();
        event.addProperty("type", "app_home_opened");
        event.addProperty("user", "U100");
        event.addProperty("channel", "D0001");
        event.addProperty("tab", "home");
        event.addProperty("event_ts", "1700000000.000100");
        assertThat(followthrough
                        .requests
                        .event(followthrough.requests.eventCallback(event))
                        .statusCode())
                .isEqualTo(200);
        await().atMost(Duration.ofSeconds(15))
                .until(() -> !followthrough.slack.calls("views.publish").isEmpty());
        return JsonParser.parseString(
                        followthrough.slack.calls("views.publish").get(0).param("view"))
                .getAsJsonObject();
    }

    private JsonArray digestBlocks() {
        followthrough.requests.slashCommand("U100", "D100", "digest");
        await().atMost(Duration.ofSeconds(15))
                .until(() -> !followthrough.slack.calls("chat.postMessage").isEmpty());
        SlackStandIn.Call digest = followthrough.slack.calls("chat.postMessage").get(0);
        assertThat(digest.param("channel")).isEqualTo("U100");
        return JsonParser.parseString(digest.param("blocks")).getAsJsonArray();
    }

    private static List<String> sectionTexts(JsonArray blocks) {
        var texts = new ArrayList<String>();
        for (var element : blocks) {
            var block = element.getAsJsonObject();
            if (block.get("type").getAsString().equals("section") && block.has("text")) {
                texts.add(block.getAsJsonObject("text").get("text").getAsString());
            }
        }
        return texts;
    }

    private static Instant at(String newYork) {
        return LocalDateTime.parse(newYork).atZone(NEW_YORK).toInstant();
    }
}
