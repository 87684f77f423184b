package dev.followthrough.team;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.google.gson.JsonElement;
import com.google.gson.JsonParser;
import dev.followthrough.Application;
import dev.followthrough.platform.outbox.Outbox;
import dev.followthrough.support.BlockKitLimits;
import dev.followthrough.support.Redelivery;
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
 * A channel's weekly team digest, through the signed endpoint and the real sweep: what it says when
 * the clock reaches the chosen local time, once however often the sweep runs, to the channel or to
 * whoever asked, and nothing from a DM or another workspace.
 */
class TeamDigestTest {

    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

    private final RunningFollowthrough followthrough = RunningFollowthrough.shared();

    @BeforeEach
    void startClean() {
        followthrough.reset();
        // Monday 23 November 2026, 10:00 in New York.
        followthrough.clock.set(at("2026-11-23T10:00"));
    }

    @Test
    void theDigestComesAtTheChosenLocalTimeOnceWithWhatIsOverdueDueKeptAndWithoutANextStep() {
        command("U100", "C200", "send Acme the revised proposal by Wed 3pm");
        command("U200", "C200", "send Globex the pricing by Dec 2 at 3pm");
        command("U100", "C200", "send Umbrella the signed contract by Fri 2pm");
        command("U200", "C200", "<!channel> *loud* <@U999> & tell everyone by Wed 4pm");
        command("U100", "D100", "send Secretcorp the private memo by Wed 3pm");
        command("U100", "C900", "send Initech the quote by Wed 3pm");
        otherWorkspacesPromiseInTheSameChannelId();
        var set = command("U100", "C200", "channel team digest mon 9:00");
        assertThat(set).contains("the first comes Mon 30 Nov at 09:00");

        followthrough.clock.set(at("2026-11-26T11:00"));
        var contract = followthrough
                .strings("SELECT id FROM commitments WHERE what LIKE '%signed contract%'")
                .get(0);
        followthrough.requests.interaction(
                followthrough.requests.buttonPress("U100", "C200", "promise_done", contract));
        followthrough.awaitSettled();

        var sweep = sweep();
        followthrough.clock.set(at("2026-11-30T08:59"));
        sweep.run();
        assertThat(teamDigestKeys()).isEmpty();

        followthrough.clock.set(at("2026-11-30T09:00:30"));
        // The app's own sweep finds it.
        await().atMost(Duration.ofSeconds(30)).until(() -> digests().size() == 1);
        sweep.run();
        sweep.run();
        followthrough.awaitSettled();

        assertThat(teamDigestKeys()).containsExactly("team-digest:C200:2026-W49");
        var digest = digests().get(0);
        assertThat(digest.param("channel")).isEqualTo("C200");
        assertThat(digest.param("text"))
                .isEqualTo("Team digest: 2 overdue, 1 due in the next seven days, 1 kept this" + " past week.");
        var sections = sections(digest);
        assertThat(section(sections, "*Overdue*"))
                .contains("<@U100>: *send Acme the revised proposal*, was due")
                .contains("&lt;!channel&gt;")
                .doesNotContain("<!channel>");
        assertThat(section(sections, "*Due in the next seven days*")).contains("<@U200>: *send Globex the pricing*");
        assertThat(section(sections, "*Kept this past week*")).contains("<@U100>: *send Umbrella the signed");
        assertThat(section(sections, "*No next step*"))
                .contains("• *send Umbrella the signed contract*, kept by <@U100>");
        // Deadlines that came due in the four weeks: U100 kept one and missed one; U200 missed one.
        assertThat(section(sections, "*Follow-through, last four weeks*"))
                .contains("Everyone here: 1 of 3 (33%)")
                .contains("• <@U100> 1 of 2 (50%)")
                .contains("• <@U200> 0 of 1 (0%)");
        assertThat(String.join("\n", sections))
                .doesNotContain("Secretcorp")
                .doesNotContain("Initech")
                .doesNotContain("other workspace");
        assertThat(BlockKitLimits.breaches(digest)).isEmpty();

        // The next week has a digest of its own, once.
        followthrough.clock.set(at("2026-12-07T09:01"));
        sweep.run();
        sweep.run();
        assertThat(teamDigestKeys()).containsExactly("team-digest:C200:2026-W49", "team-digest:C200:2026-W50");
    }

    @Test
    void toMeComesAsADmToWhoeverAskedAndAQuietWeekStillSaysSo() {
        // Slack delivers the setting four times: one change, one digest.
        Redelivery.retriesChangeNothing(
                followthrough,
                SlackRequests.form(
                        followthrough.requests.command("U300", "C300", "channel team digest fri 4:30pm to me")));
        assertThat(followthrough.number("SELECT count(*) FROM channel_events")).isEqualTo(1);
        var sweep = sweep();

        followthrough.clock.set(at("2026-11-27T16:30:30"));
        sweep.run();
        sweep.run();
        followthrough.awaitSettled();

        assertThat(digests()).hasSize(1);
        var digest = digests().get(0);
        assertThat(digest.param("channel")).isEqualTo("U300");
        assertThat(String.join("\n", sections(digest)))
                .contains("<#C300>")
                .contains("A quiet week: nothing overdue, nothing due in the next seven days, nothing kept.");
        assertThat(followthrough.number("SELECT count(*) FROM outbox WHERE recipient = 'C300'"))
                .isZero();
    }

    @Test
    void aDigestSetAfterThisWeeksMomentFirstComesNextWeek() {
        followthrough.clock.set(at("2026-11-27T17:00"));
        assertThat(command("U100", "C400", "channel team digest fri 4:30pm")).contains("the first comes Fri 4 Dec");
        var sweep = sweep();

        sweep.run();
        assertThat(teamDigestKeys()).isEmpty();

        followthrough.clock.set(at("2026-12-04T16:31"));
        sweep.run();
        assertThat(teamDigestKeys()).containsExactly("team-digest:C400:2026-W49");
    }

    @Test
    void aBusyChannelsDigestStaysInsideBlockKitsLimits() {
        var longWhat = "send Acme the revised proposal " + "with every appendix and every figure ".repeat(20);
        for (var index = 0; index < 14; index++) {
            command("U100", "C500", longWhat.strip() + " number " + index + " by Wed 3pm");
        }
        command("U100", "C500", "channel team digest mon 9:00");

        followthrough.clock.set(at("2026-11-30T09:00:30"));
        sweep().run();
        followthrough.awaitSettled();

        var digest = digests().get(0);
        assertThat(BlockKitLimits.breaches(digest)).isEmpty();
        assertThat(section(sections(digest), "*Overdue*"))
                .contains("…and 4 more: `/promise team` in the channel shows them all.");
    }

    private void otherWorkspacesPromiseInTheSameChannelId() {
        followthrough.jdbi.useHandle(handle -> handle.execute("""
                INSERT INTO commitments (team_id, owner_id, what, direction, firmness, due_at, due_zone, status,
                                         channel_id, deadline_set_at, nudged_through, created_at, updated_at)
                SELECT 'T0OTHER', owner_id, 'leak the other workspace plan', direction, firmness, due_at, due_zone,
                       status, channel_id, deadline_set_at, nudged_through, created_at, updated_at
                FROM commitments WHERE what LIKE '%revised proposal%'"""));
    }

    private Runnable sweep() {
        return TeamDigestFeature.sweep(
                followthrough.jdbi,
                new Outbox(followthrough.jdbi, followthrough.clock),
                followthrough.clock,
                () -> Application.teamDigestSubscriptions(followthrough.jdbi));
    }

    private String command(String userId, String channelId, String text) {
        return followthrough.requests.slashCommand(userId, channelId, text).body();
    }

    private List<String> teamDigestKeys() {
        return followthrough.strings("SELECT dedupe_key FROM outbox WHERE dedupe_key LIKE 'team-digest:%' ORDER BY id");
    }

    private List<SlackStandIn.Call> digests() {
        return followthrough.slack.calls("chat.postMessage").stream()
                .filter(call -> call.param("text").startsWith("Team digest"))
                .toList();
    }

    /** Each block's mrkdwn, in order. */
    private static List<String> sections(SlackStandIn.Call call) {
        var texts = new ArrayList<String>();
        for (JsonElement block : JsonParser.parseString(call.param("blocks")).getAsJsonArray()) {
            var object = block.getAsJsonObject();
            if (object.has("text")) {
                texts.add(object.getAsJsonObject("text").get("text").getAsString());
            }
            if (object.has("elements")) {
                object.getAsJsonArray("elements")
                        .forEach(element ->
                                texts.add(element.getAsJsonObject().get("text").getAsString()));
            }
        }
        return texts;
    }

    private static String section(List<String> sections, String heading) {
        return sections.stream()
                .filter(text -> text.contains(heading))
                .findFirst()
                .orElseThrow(() -> new AssertionError("No section " + heading + " in " + sections));
    }

    private static Instant at(String local) {
        return LocalDateTime.parse(local).atZone(NEW_YORK).toInstant();
    }
}
