package dev.followthrough.digest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.followthrough.commitment.Timing;
import dev.followthrough.support.RunningFollowthrough;
import dev.followthrough.support.SlackStandIn;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What the digest says, as Slack receives it, and the two commands that show it and the score. */
class DigestContentTest {

    // Monday 23 November 2026, 10:00 in New York: last week is 16 to 22 November.
    private static final Instant NOW = Instant.parse("2026-11-23T15:00:00Z");

    private final RunningFollowthrough followthrough = RunningFollowthrough.shared();
    private Seeds seeds;

    @BeforeEach
    void startClean() {
        followthrough.reset();
        followthrough.clock.set(NOW);
        seeds = new Seeds(followthrough.jdbi);
        seeds.user("U100", "America/New_York");
    }

    @Test
    void theDigestShowsLastWeeksScoreAndEveryListWithItsButtons() {
        var deck = seedWorkspace();

        var answer = followthrough.requests.slashCommand("U100", "D100", "digest");

        assertThat(answer.body()).contains("Sent to your DMs").contains("ephemeral");
        var digest = awaitDigest();
        var text = sectionTexts(digest);
        assertThat(text.get(0))
                .contains("*Last week* you followed through on 2 of 4 (50%)")
                .contains("kept on time 1 · kept late 1 · renegotiated in time 1 · missed, still open 1")
                .contains("Others kept 0 of 1 of what they owed you");
        assertThat(String.join("\n", text))
                .contains("*Overdue.*")
                .contains("*send the SOW* to Globex: was due")
                .contains("*Due this week*\n• *send Acme the revised deck*: ")
                .contains("*No date yet.*")
                .contains("*call the CFO back*")
                .contains("*Owed to you*\n• <@U300>: *send the PO*")
                .contains("*No next step.*")
                .contains("Initech: the last one, *share the pricing sheet*, was delivered")
                .doesNotContain("Acme: the last one");

        assertThat(buttonValues(digest, "reminder_renegotiate")).contains(Long.toString(deck.overdue()));
        assertThat(buttonValues(digest, "reminder_firm_up")).containsExactly(Long.toString(deck.soft()));
        assertThat(digest.param("text"))
                .startsWith("Your week: 2 overdue, 1 due this week, 1 to pin down, 1 owed to you.");
    }

    @Test
    void aUserWithNothingGetsOneLine() {
        followthrough.requests.slashCommand("U100", "D100", "digest");

        var digest = awaitDigest();
        assertThat(blocks(digest)).hasSize(1);
        assertThat(sectionTexts(digest).get(0)).contains("A quiet week");
    }

    @Test
    void twoHundredOpenPromisesStillMakeAMessageSlackAccepts() {
        for (var index = 0; index < 200; index++) {
            var kind = index % 4;
            var what = "promise number " + index + " with a long description that goes on ".repeat(3);
            if (kind == 0) {
                seeds.commitment(
                        "U100",
                        what,
                        "MINE",
                        null,
                        "Client " + index,
                        NOW.minusSeconds(3600L * (index + 1)),
                        "MISSED",
                        null);
            } else if (kind == 1) {
                seeds.commitment(
                        "U100",
                        what,
                        "MINE",
                        null,
                        "Client " + index,
                        NOW.plusSeconds(3600L * (index + 1)),
                        "OPEN",
                        null);
            } else if (kind == 2) {
                seeds.commitment("U100", what, "MINE", null, "Client " + index, null, "OPEN", null);
            } else {
                seeds.commitment(
                        "U100",
                        what,
                        "THEIRS",
                        "U" + (500 + index),
                        null,
                        NOW.plusSeconds(3600L * index),
                        "OPEN",
                        null);
            }
        }

        followthrough.requests.slashCommand("U100", "D100", "digest");

        var digest = awaitDigest();
        assertThat(blocks(digest).size()).isLessThanOrEqualTo(50);
        assertThat(sectionTexts(digest))
                .allSatisfy(text -> assertThat(text.length()).isLessThanOrEqualTo(3000));
        assertThat(String.join("\n", sectionTexts(digest)) + digest.param("blocks"))
                .contains("…and 42 more: see the Home tab.");
    }

    @Test
    void theScoreCardShowsThisWeekTheFourBeforeAndAllTimeMineAndTheirsApart() {
        seedWorkspace();

        var answer = followthrough.requests.slashCommand("U100", "C200", "score");

        var body = JsonParser.parseString(answer.body()).getAsJsonObject();
        assertThat(body.get("response_type").getAsString()).isEqualTo("ephemeral");
        var card = body.get("blocks").toString();
        assertThat(card)
                .contains("*This week* · you\\n0 of 1 · 0%\\nmissed, still open 1")
                .contains("*The 4 weeks before* · you\\n2 of 5 · 40%")
                .contains("*The 4 weeks before* · others, to you\\n0 of 1 · 0%")
                .contains("*All time* · you\\n2 of 6 · 33%")
                .contains("*This week* · others, to you\\n— (nothing came due)");
    }

    private record Seeded(long overdue, long soft) {}

    /**
     * Last week (New York): one kept on time, one kept late, one renegotiated in time, one still
     * missed; what U300 owed slipped. Two weeks ago: one missed and cancelled. Open now: two
     * overdue, one due Friday, one soft, one owed by U300.
     */
    private Seeded seedWorkspace() {
        var kept = seeds.commitment(
                "U100",
                "share the pricing sheet",
                "MINE",
                null,
                "Initech",
                at("2026-11-17T17:00"),
                "KEPT",
                at("2026-11-17T12:00"));
        seeds.event(kept, "KEPT", at("2026-11-17T12:00"), Timing.BY_THE_DEADLINE);
        var late = seeds.commitment(
                "U100",
                "send the contract",
                "MINE",
                null,
                "Acme",
                at("2026-11-18T17:00"),
                "KEPT",
                at("2026-11-19T10:00"));
        seeds.event(late, "KEPT", at("2026-11-19T10:00"), Timing.AFTER_THE_DEADLINE);
        var renegotiated = seeds.commitment(
                "U100", "send Acme the revised deck", "MINE", null, "Acme", at("2026-11-27T14:00"), "OPEN", null);
        seeds.renegotiated(
                renegotiated,
                at("2026-11-19T09:00"),
                at("2026-11-19T17:00"),
                at("2026-11-27T14:00"),
                Timing.BY_THE_DEADLINE);
        var missed = seeds.commitment(
                "U100", "send the SOW", "MINE", null, "Globex", at("2026-11-20T17:00"), "MISSED", null);
        seeds.event(missed, "MISSED", at("2026-11-20T17:10"), null);
        var theirs =
                seeds.commitment("U100", "send the PO", "THEIRS", "U300", null, at("2026-11-18T17:00"), "MISSED", null);
        seeds.event(theirs, "MISSED", at("2026-11-18T17:10"), null);
        var dropped = seeds.commitment(
                "U100",
                "book the demo",
                "MINE",
                null,
                "Hooli",
                at("2026-11-10T17:00"),
                "CANCELLED",
                at("2026-11-12T10:00"));
        seeds.event(dropped, "CANCELLED", at("2026-11-12T10:00"), Timing.AFTER_THE_DEADLINE);
        var overdue = seeds.commitment(
                "U100", "call Hooli back", "MINE", null, "Hooli", at("2026-11-23T09:00"), "MISSED", null);
        var soft = seeds.commitment("U100", "call the CFO back", "MINE", null, null, null, "OPEN", null);
        seeds.commitment(
                "U100", "oops", "MINE", null, "Umbrella", at("2026-11-18T17:00"), "UNDONE", at("2026-11-10T10:00"));
        return new Seeded(overdue, soft);
    }

    private SlackStandIn.Call awaitDigest() {
        await().atMost(Duration.ofSeconds(15))
                .until(() -> !followthrough.slack.calls("chat.postMessage").isEmpty());
        var digest = followthrough.slack.calls("chat.postMessage").get(0);
        assertThat(digest.param("channel")).isEqualTo("U100");
        return digest;
    }

    private static JsonArray blocks(SlackStandIn.Call call) {
        return JsonParser.parseString(call.param("blocks")).getAsJsonArray();
    }

    private static List<String> sectionTexts(SlackStandIn.Call call) {
        var texts = new ArrayList<String>();
        for (var element : blocks(call)) {
            var block = element.getAsJsonObject();
            if (block.get("type").getAsString().equals("section") && block.has("text")) {
                texts.add(block.getAsJsonObject("text").get("text").getAsString());
            }
        }
        return texts;
    }

    private static List<String> buttonValues(SlackStandIn.Call call, String actionId) {
        var values = new ArrayList<String>();
        for (var element : blocks(call)) {
            var block = element.getAsJsonObject();
            if (block.has("accessory")) {
                JsonObject accessory = block.getAsJsonObject("accessory");
                if (accessory.get("action_id").getAsString().equals(actionId)) {
                    values.add(accessory.get("value").getAsString());
                }
            }
        }
        return values;
    }

    private static Instant at(String newYork) {
        return java.time.LocalDateTime.parse(newYork)
                .atZone(java.time.ZoneId.of("America/New_York"))
                .toInstant();
    }
}
