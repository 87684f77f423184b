package dev.followthrough.team;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.followthrough.support.BlockKitLimits;
import dev.followthrough.support.Redelivery;
import dev.followthrough.support.RunningFollowthrough;
import dev.followthrough.support.SlackRequests;
import dev.followthrough.support.WordingChecks.Rendered;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@code /promise team}: a channel's open promises by person, through the signed endpoint. */
class TeamViewTest {

    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

    private final RunningFollowthrough followthrough = RunningFollowthrough.shared();

    @BeforeEach
    void startClean() {
        followthrough.reset();
        followthrough.clock.set(at("2026-11-23T10:00"));
    }

    @Test
    void showsTheChannelsOpenPromisesByPersonOverdueFirstWithEachPersonsRecordHere() {
        promise("U100", "C200", "send Acme the revised proposal by Fri 2pm");
        promise("U100", "C200", "call the buyer by today 11am");
        promise("U100", "C200", "<@U400|buyer> will send the PO by Wednesday");
        promise("U300", "C200", "share the pricing sheet by Tuesday");
        markDone("U300", "C200", promise("U300", "C200", "send the meeting notes by today 10:30am"));
        // Kept on time too, but in a DM: it counts nowhere in the channel's view.
        markDone("U100", "D100", promise("U100", "D100", "send the secret pricing by today 10:30am"));
        followthrough.clock.set(at("2026-11-23T12:00"));

        var answer = team("U500", "C200");

        assertThat(answer.get("response_type").getAsString()).isEqualTo("ephemeral");
        var text = Rendered.of(answer.get("blocks")).all();
        assertThat(text).contains("*Open promises in <#C200>*: 4 open, 1 overdue, 2 people");
        assertThat(order(
                        text,
                        "*<@U100>* · 3 open, 1 overdue · follow-through here, last 4 weeks: 0% (0 of 1)",
                        "Their promise to *call the buyer* · :warning: was due",
                        "Owed to them: <@U400>'s promise to *send the PO* · due",
                        "Their promise to *send Acme the revised proposal* · due",
                        "*<@U300>* · 1 open · follow-through here, last 4 weeks: 100% (1 of 1)",
                        "Their promise to *share the pricing sheet* · due"))
                .as(text)
                .isTrue();
        assertThat(text).doesNotContain("send the meeting notes").doesNotContain("send the secret pricing");
        assertThat(text).contains("Follow on App Home");
        assertThat(BlockKitLimits.breachesInAnswer(answer.toString())).isEmpty();
    }

    @Test
    void nothingFromADirectMessageAnotherChannelOrAnotherWorkspaceIsShown() {
        promise("U100", "C200", "send Acme the revised proposal by Fri 2pm");
        promise("U100", "D100", "send the secret pricing to Globex by Fri 2pm");
        promise("U100", "C999", "book the offsite for the other team by Friday");
        promise("U100", "C200", "plan the other workspace launch by Friday");
        // The same channel id, in another workspace: as if it had been made there.
        followthrough.jdbi.useHandle(handle -> {
            handle.execute("UPDATE commitment_events SET team_id = 'T0002' WHERE commitment_id IN"
                    + " (SELECT id FROM commitments WHERE what LIKE 'plan the other workspace%')");
            handle.execute("UPDATE commitments SET team_id = 'T0002' WHERE what LIKE 'plan the other workspace%'");
        });

        var text = Rendered.of(team("U100", "C200").get("blocks")).all();

        assertThat(text).contains("send Acme the revised proposal").contains("1 open, 0 overdue, 1 person");
        assertThat(text)
                .doesNotContain("secret pricing")
                .doesNotContain("offsite")
                .doesNotContain("other workspace");
    }

    @Test
    void inADirectMessageItSaysToRunItInAChannel() {
        promise("U100", "D100", "send the secret pricing to Globex by Fri 2pm");

        var answer = team("U100", "D100");

        assertThat(answer.get("text").getAsString())
                .contains("Run `/promise team` in a channel")
                .doesNotContain("secret pricing");
        assertThat(answer.has("blocks")).isFalse();
    }

    @Test
    void aChannelWithNothingOpenSaysHowToMakeAChannelPromise() {
        var answer = team("U100", "C200");

        var text = Rendered.of(answer.get("blocks")).all();
        assertThat(text)
                .contains("No open promises in <#C200> yet")
                .contains("`/promise send Acme the revised proposal by Fri 2pm`")
                .contains("Follow on App Home");
    }

    @Test
    void aRedeliveredCommandIsAnsweredOnceAndTheSame() {
        promise("U100", "C200", "send Acme the revised proposal by Fri 2pm");

        var answers = Redelivery.retriesChangeNothing(
                followthrough, SlackRequests.form(followthrough.requests.command("U100", "C200", "team")));

        assertThat(answers)
                .allSatisfy(answer ->
                        assertThat(answer.body()).isEqualTo(answers.get(0).body()));
        assertThat(answers.get(0).body()).contains("send Acme the revised proposal");
    }

    @Test
    void hostileTextIsShownAsTextAndALongOneStaysWithinASection() {
        promise("U100", "C200", "tell <!channel> *everyone* <!here> about " + "the roadmap ".repeat(70) + "by Fri 2pm");

        var answer = team("U100", "C200");

        var text = Rendered.of(answer.get("blocks")).all();
        assertThat(text).doesNotContain("<!channel>").doesNotContain("<!here>").contains("&lt;!channel&gt;");
        assertThat(BlockKitLimits.breachesInAnswer(answer.toString())).isEmpty();
    }

    @Test
    void manyPeopleAndManyPromisesEndInAndNMore() {
        for (var person = 0; person < 24; person++) {
            promise("U7" + person, "C200", "send report " + person + " by Fri 2pm");
        }
        for (var report = 0; report < 12; report++) {
            promise("U100", "C200", "call back lead " + report + " by today 11am");
        }
        followthrough.clock.set(at("2026-11-23T12:00"));

        var answer = team("U100", "C200");

        var text = Rendered.of(answer.get("blocks")).all();
        assertThat(text).startsWith(":busts_in_silhouette: *Open promises in <#C200>*: 36 open, 12 overdue, 25 people");
        assertThat(order(text, "*<@U100>* · 12 open, 12 overdue", "…and 4 more", "…and 5 more people"))
                .as(text)
                .isTrue();
        assertThat(answer.getAsJsonArray("blocks").size()).isLessThanOrEqualTo(50);
        assertThat(BlockKitLimits.breachesInAnswer(answer.toString())).isEmpty();
    }

    @Test
    void helpListsTheTeamViewAndAnAlmostRightWordIsAskedAbout() {
        assertThat(followthrough.requests.slashCommand("U100", "C200", "help").body())
                .contains("/promise team");

        var answer = JsonParser.parseString(followthrough
                        .requests
                        .slashCommand("U100", "C200", "teams")
                        .body())
                .getAsJsonObject();

        assertThat(answer.get("text").getAsString())
                .contains("Did you mean `/promise team`")
                .contains("Nothing was saved");
        assertThat(followthrough.number("SELECT count(*) FROM commitments")).isZero();
    }

    private JsonObject team(String userId, String channelId) {
        var response = followthrough.requests.slashCommand(userId, channelId, "team");
        assertThat(response.statusCode()).isEqualTo(200);
        return JsonParser.parseString(response.body()).getAsJsonObject();
    }

    private String promise(String userId, String channelId, String text) {
        assertThat(followthrough.requests.slashCommand(userId, channelId, text).statusCode())
                .isEqualTo(200);
        return followthrough.strings("SELECT max(id)::text FROM commitments").get(0);
    }

    private void markDone(String userId, String channelId, String id) {
        followthrough.requests.interaction(followthrough.requests.buttonPress(userId, channelId, "promise_done", id));
        org.awaitility.Awaitility.await()
                .atMost(java.time.Duration.ofSeconds(10))
                .until(() -> followthrough
                        .strings("SELECT status FROM commitments WHERE id = " + id)
                        .equals(java.util.List.of("KEPT")));
    }

    private static boolean order(String text, String... parts) {
        var from = 0;
        for (var part : parts) {
            var at = text.indexOf(part, from);
            if (at < 0) {
                return false;
            }
            from = at + part.length();
        }
        return true;
    }

    private static Instant at(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(NEW_YORK).toInstant();
    }
}
