package dev.followthrough.relationship;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.followthrough.commitment.Timing;
import dev.followthrough.support.BlockKitLimits;
import dev.followthrough.support.Redelivery;
import dev.followthrough.support.RunningFollowthrough;
import dev.followthrough.support.SlackRequests;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@code /promise with …} through the signed endpoint: the record with one counterparty, free text or
 * a Slack user; no match; {@code with} alone; a promise that begins with "with"; only the asker's own
 * promises in their own workspace.
 */
class RelationshipRecordTest {

    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    private static final String TEAM = SlackRequests.TEAM;

    private final RunningFollowthrough followthrough = RunningFollowthrough.shared();
    private Seeds seeds;

    @BeforeEach
    void startClean() {
        followthrough.reset();
        followthrough.clock.set(at("2026-11-23T10:00"));
        seeds = new Seeds(followthrough.jdbi);
        seeds.user(TEAM, "U100", "America/New_York");
    }

    @Test
    void theRecordShowsBothSidesBothRatesTheLastContactAndTheNextStep() {
        seedAcme();

        var answer = answer("with acme");

        var blocks = answer.get("blocks").toString();
        assertThat(answer.get("response_type").getAsString()).isEqualTo("ephemeral");
        assertThat(blocks)
                .contains("*You and Acme*")
                .contains("You kept 2 of 3 to Acme; Acme kept 1 of 2 to you.")
                // The latest contact: the revised deck promised on Friday, after the NDA was kept on Thursday.
                .contains("*Last contact:* you made a promise to *send Acme the revised deck*, <!date^")
                // The open one due soonest, even when it is late: the case study, missed a week ago.
                .contains("*Next step:* *send the case study* by <!date^")
                .contains("*Open* (3)")
                .contains("theirs: *send the PO*")
                .contains("*(late)*")
                .contains("*Closed* (3), latest first")
                .contains("yours: *send the signed NDA* · kept")
                .contains("theirs: *send the logo files* · kept");
        assertThat(blocks.indexOf("send the signed NDA* · kept"))
                .as("the latest closed first")
                .isLessThan(blocks.indexOf("send the pricing sheet"));
        assertThat(answer.get("text").getAsString()).isEqualTo("You and Acme: you kept 2 of 3; they kept 1 of 2.");
        assertThat(BlockKitLimits.breachesInAnswer(answer.toString())).isEmpty();
    }

    @Test
    void aPromiseRecordedAndKeptThroughSlackIsInTheRecordAsItHappened() {
        followthrough.requests.slashCommand("U100", "D100", "send Acme the revised deck by Fri 2pm");
        var id = followthrough.number("SELECT max(id) FROM commitments");

        assertThat(answer("with ACME").get("blocks").toString())
                .contains("*Next step:* *send Acme the revised deck* by <!date^")
                .contains("Nothing you promised Acme has come due yet");

        followthrough.clock.set(at("2026-11-24T09:00"));
        followthrough.requests.interaction(
                followthrough.requests.buttonPress("U100", "D100", "promise_done", Long.toString(id)));
        followthrough.awaitSettled();

        var record = answer("with acme").get("blocks").toString();
        assertThat(record)
                .contains("You kept 1 of 1 to Acme")
                .contains("*Last contact:* your promise to *send Acme the revised deck* was kept")
                .contains(":seedling: *No next step with Acme.*")
                .contains("`/promise send Acme the next update by Fri 2pm`")
                .contains("yours: *send Acme the revised deck* · kept");
    }

    @Test
    void anotherUsersAndAnotherWorkspacesPromisesAreNeverShown() {
        seedAcme();
        seeds.kept(
                TEAM,
                "U200",
                "the colleague's secret",
                "MINE",
                null,
                "Acme",
                at("2026-11-10T17:00"),
                at("2026-11-10T12:00"),
                Timing.BY_THE_DEADLINE);
        seeds.user("T0002", "U100", "America/New_York");
        seeds.missed("T0002", "U100", "the other workspace's secret", "THEIRS", null, "Acme", at("2026-11-20T17:00"));

        var record = answer("with Acme").toString();
        var list = answer("with").toString();

        assertThat(record).doesNotContain("secret").contains("Acme kept 1 of 2 to you");
        assertThat(list).doesNotContain("secret");
        // The colleague asking sees only their own: one kept promise to Acme, nothing owed to them.
        assertThat(followthrough
                        .requests
                        .slashCommand("U200", "D200", "with Acme")
                        .body())
                .contains("You kept 1 of 1 to Acme; nothing Acme promised you has come due yet.")
                .doesNotContain("revised deck");
    }

    @Test
    void aSlackUserIsFoundByTheMentionSlackSends() {
        var po = seeds.missed(TEAM, "U100", "send the PO", "THEIRS", "U300", null, at("2026-11-20T17:00"));
        seeds.kept(
                TEAM,
                "U100",
                "book the demo",
                "MINE",
                "U300",
                null,
                at("2026-11-18T17:00"),
                at("2026-11-18T11:00"),
                Timing.BY_THE_DEADLINE);

        var answer = answer("with <@U300|buyer>");

        var blocks = answer.get("blocks").toString();
        assertThat(blocks)
                .contains("*You and <@U300>*")
                .contains("You kept 1 of 1 to <@U300>; <@U300> kept 0 of 1 to you.")
                .contains("theirs: *send the PO*");
        assertThat(answer.get("text").getAsString()).doesNotContain("<@U300>");
        assertThat(po).isPositive();
    }

    @Test
    void aNameMatchingNoneSaysSoAndOffersTheClosestNamesFirstSavingNothing() {
        seedAcme();
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
        var before = followthrough.number("SELECT count(*) FROM commitments");

        var blocks = answer("with Acmee").get("blocks").toString();

        assertThat(blocks).contains("I have no promises of yours with *Acmee*").contains("closest first");
        assertThat(blocks.indexOf("Acme (")).isPositive().isLessThan(blocks.indexOf("Globex ("));
        assertThat(followthrough.number("SELECT count(*) FROM commitments")).isEqualTo(before);
    }

    @Test
    void withAloneListsEveryRelationshipSlippingOnesFirstAndSaysSoWhenThereAreNone() {
        assertThat(answer("with").get("blocks").toString()).contains("You have no promises with anyone yet");

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
        seeds.commitment(TEAM, "U100", "call Hooli back", "MINE", null, "Hooli", at("2026-11-27T14:00"), "OPEN", null);
        seeds.missed(TEAM, "U100", "send the PO", "THEIRS", null, "Initech", at("2026-11-20T17:00"));

        var list = answer("WITH").get("blocks").toString();

        assertThat(list).contains("*Your relationships* (3)");
        assertThat(list.indexOf("*Initech* · 1 of theirs slipped lately"))
                .isPositive()
                .isLessThan(list.indexOf("*Globex* · no next step"));
        assertThat(list.indexOf("*Globex*")).isLessThan(list.indexOf("*Hooli* · next: *call Hooli back*"));
    }

    @Test
    void aPromiseThatBeginsWithWithIsSavedOnceHoweverOftenSlackDeliversIt() {
        var form = SlackRequests.form(
                followthrough.requests.command("U100", "C200", "with the team, send the deck by Fri 2pm"));

        var answers = Redelivery.retriesChangeNothing(followthrough, form);

        assertThat(followthrough.strings("SELECT what FROM commitments")).hasSize(1);
        assertThat(followthrough.strings("SELECT what FROM commitments").get(0)).contains("send the deck");
        assertThat(answers).allSatisfy(answer -> assertThat(answer.body()).contains("promised"));
        assertThat(answers.get(3).body()).isEqualTo(answers.get(0).body());
    }

    @Test
    void aRecordAskedAgainBySlacksRetriesChangesNothingAndAnswersTheSame() {
        seedAcme();
        var form = SlackRequests.form(followthrough.requests.command("U100", "D100", "with Acme"));

        var answers = Redelivery.retriesChangeNothing(followthrough, form);

        assertThat(answers)
                .extracting(answer -> answer.body())
                .containsOnly(answers.get(0).body());
        assertThat(answers.get(0).body()).contains("You kept 2 of 3 to Acme");
    }

    @Test
    void hostileNamesAreEscapedAndALongRecordStaysWithinSlacksLimits() {
        var hostile = "<!channel> *Acme* <@U999|fake> & <https://evil.example|click> " + "x".repeat(300);
        for (var index = 0; index < 40; index++) {
            seeds.kept(
                    TEAM,
                    "U100",
                    "<!here> send part " + index + " " + "&".repeat(200),
                    "MINE",
                    null,
                    hostile,
                    at("2026-11-10T17:00").plusSeconds(index * 60L),
                    at("2026-11-10T12:00").plusSeconds(index * 60L),
                    Timing.BY_THE_DEADLINE);
            seeds.commitment(
                    TEAM,
                    "U100",
                    "call back " + index,
                    "MINE",
                    null,
                    hostile,
                    at("2026-12-10T17:00").plusSeconds(index * 60L),
                    "OPEN",
                    null);
        }

        var record = answer("with acme");
        var list = answer("with");

        for (var answer : List.of(record, list)) {
            var shown = answer.get("text").getAsString() + answer.get("blocks");
            assertThat(shown)
                    .doesNotContain("<!channel>")
                    .doesNotContain("<!here>")
                    .doesNotContain("<https://evil");
            assertThat(BlockKitLimits.breachesInAnswer(answer.toString())).isEmpty();
        }
        assertThat(record.get("blocks").toString())
                .contains("&lt;!channel&gt; *Acme* <@U999|fake> &amp; &lt;https://evil.example|click&gt;")
                .contains("*Open* (40)")
                .contains("_…and 30 more._");
        assertThat(record.get("text").getAsString()).hasSizeLessThan(200);
    }

    /**
     * Acme: mine kept on time twice and missed once, plus one open due Friday (the next step); theirs
     * kept once and one still open past its deadline.
     */
    private void seedAcme() {
        seeds.kept(
                TEAM,
                "U100",
                "send the pricing sheet",
                "MINE",
                null,
                "Acme",
                at("2026-11-10T17:00"),
                at("2026-11-10T12:00"),
                Timing.BY_THE_DEADLINE);
        seeds.kept(
                TEAM,
                "U100",
                "send the signed NDA",
                "MINE",
                null,
                "ACME",
                at("2026-11-19T17:00"),
                at("2026-11-19T12:00"),
                Timing.BY_THE_DEADLINE);
        seeds.missed(TEAM, "U100", "send the case study", "MINE", null, "Acme", at("2026-11-16T17:00"));
        seeds.commitment(
                TEAM, "U100", "send Acme the revised deck", "MINE", null, "Acme", at("2026-11-27T14:00"), "OPEN", null);
        seeds.kept(
                TEAM,
                "U100",
                "send the logo files",
                "THEIRS",
                null,
                "Acme",
                at("2026-11-12T17:00"),
                at("2026-11-12T09:00"),
                Timing.BY_THE_DEADLINE);
        seeds.missed(TEAM, "U100", "send the PO", "THEIRS", null, "Acme", at("2026-11-20T17:00"));
    }

    private JsonObject answer(String text) {
        var response = followthrough.requests.slashCommand("U100", "D100", text);
        assertThat(response.statusCode()).isEqualTo(200);
        return JsonParser.parseString(response.body()).getAsJsonObject();
    }

    private static Instant at(String newYork) {
        return LocalDateTime.parse(newYork).atZone(NEW_YORK).toInstant();
    }
}
