package dev.followthrough.channel;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.followthrough.support.Redelivery;
import dev.followthrough.support.RunningFollowthrough;
import dev.followthrough.support.SlackRequests;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@code /promise channel team digest …}: the weekly team digest of a channel, set through the signed endpoint. */
class TeamDigestSettingTest {

    private final RunningFollowthrough followthrough = RunningFollowthrough.shared();

    @BeforeEach
    void startClean() {
        followthrough.reset();
        // Monday 23 November 2026, 10:00 in New York.
        followthrough.clock.set(Instant.parse("2026-11-23T15:00:00Z"));
    }

    @Test
    void aWeeklyTeamDigestIsSetAnnouncedKeptAndShown() {
        var set = answer("U100", "C200", "channel team digest mon 9:00");

        assertThat(set.get("response_type").getAsString()).isEqualTo("in_channel");
        assertThat(text(set))
                .contains("<@U100> turned the weekly team digest on for Mondays at 09:00 (America/New_York),"
                        + " posted in this channel; the first comes Mon 30 Nov at 09:00");
        assertThat(followthrough.strings("SELECT actor_id || ': ' || change FROM channel_events"))
                .singleElement()
                .asString()
                .startsWith("U100: turned the weekly team digest on for Mondays at 09:00");
        assertThat(settings()).containsExactly("true MONDAY 09:00:00 America/New_York to the channel");

        var shown = answer("U555", "C200", "channel");
        assertThat(shown.get("response_type").getAsString()).isEqualTo("ephemeral");
        assertThat(text(shown))
                .contains("A weekly team digest of the promises made here comes on Mondays at 09:00"
                        + " (America/New_York), posted in this channel.")
                .contains("`/promise channel team digest mon 9:00`");
    }

    @Test
    void itMovesToAnotherDayAndTimeInTheZoneOfWhoeverMovedItAndCanComeAsTheirDm() {
        followthrough.slack.user("U300", "Asia/Tokyo", "en-US");
        answer("U100", "C200", "channel team digest mon 9:00");

        var moved = answer("U300", "C200", "channel team digest Friday at 4:30pm to me");

        // Monday 15:00 UTC is already Tuesday in Tokyo: the first is that week's Friday.
        assertThat(text(moved))
                .contains("<@U300> moved the weekly team digest to Fridays at 16:30 (Asia/Tokyo), sent to <@U300>"
                        + " as a DM; the first comes Fri 27 Nov at 16:30");
        assertThat(settings()).containsExactly("true FRIDAY 16:30:00 Asia/Tokyo to U300");

        var back = answer("U100", "C200", "channel team digest here");
        assertThat(text(back)).contains("posted in this channel");
        assertThat(settings()).containsExactly("true FRIDAY 16:30:00 America/New_York to the channel");

        var off = answer("U100", "C200", "channel team digest off");
        assertThat(text(off))
                .contains("<@U100> turned the weekly team digest off.")
                .contains("No weekly team digest.");
        assertThat(settings()).containsExactly("false FRIDAY 16:30:00 America/New_York to the channel");
        assertThat(followthrough.number("SELECT count(*) FROM channel_events")).isEqualTo(4);
    }

    @Test
    void wordsItCannotReadAreAnsweredWithExamplesAndChangeNothing() {
        for (var words : new String[] {
            "channel team digest someday", "channel team digest mon 25:00", "channel team digest <!channel> soon"
        }) {
            var refused = answer("U100", "C200", words);
            assertThat(refused.get("response_type").getAsString()).isEqualTo("ephemeral");
            assertThat(text(refused))
                    .contains("as a day and time for the team digest")
                    .contains("`/promise channel team digest mon 9:00`")
                    .contains("Nothing was changed")
                    .doesNotContain("<!channel>");
        }
        var toSomeoneElse = answer("U100", "C200", "channel team digest mon 9:00 to <@U300|buyer>");
        assertThat(text(toSomeoneElse))
                .contains("to this channel (`here`) or to you as a DM (`to me`), not to someone else")
                .contains("Nothing was changed");

        var inDm = answer("U100", "D300", "channel team digest mon 9:00");
        assertThat(text(inDm)).contains("Run `/promise channel` in the channel");

        var alone = answer("U100", "C200", "channel team digest");
        assertThat(alone.get("response_type").getAsString()).isEqualTo("ephemeral");
        assertThat(text(alone)).contains("No weekly team digest.").contains("team digest fri 4:30pm to me");

        assertThat(followthrough.number("SELECT count(*) FROM channel_events")).isZero();
        assertThat(followthrough.number("SELECT count(*) FROM channel_settings"))
                .isZero();
    }

    @Test
    void aSettingSlackDeliversAgainIsAppliedAndAnnouncedOnce() {
        var answers = Redelivery.retriesChangeNothing(
                followthrough,
                SlackRequests.form(followthrough.requests.command("U100", "C200", "channel team digest tue 10am")));

        assertThat(answers)
                .allSatisfy(answer -> assertThat(answer.body()).contains("turned the weekly team digest on"));
        assertThat(followthrough.number("SELECT count(*) FROM channel_events")).isEqualTo(1);
        assertThat(settings()).containsExactly("true TUESDAY 10:00:00 America/New_York to the channel");
    }

    private java.util.List<String> settings() {
        return followthrough.strings("""
                SELECT team_digest || ' ' || team_digest_day || ' ' || team_digest_time || ' ' || team_digest_zone
                       || ' to ' || COALESCE(team_digest_to, 'the channel')
                FROM channel_settings""");
    }

    private JsonObject answer(String userId, String channelId, String text) {
        return JsonParser.parseString(followthrough
                        .requests
                        .slashCommand(userId, channelId, text)
                        .body())
                .getAsJsonObject();
    }

    private static String text(JsonObject answer) {
        return answer.has("text") ? answer.get("text").getAsString() : answer.toString();
    }
}
