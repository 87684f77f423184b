package dev.followthrough.promise;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import dev.followthrough.support.RunningFollowthrough;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A deadline written in another zone, or at a time the clocks skip or repeat, through the real endpoints. */
class ZoneWordsThroughTheAppTest {

    private final RunningFollowthrough followthrough = RunningFollowthrough.shared();
    private final ChoicesOnTheWire user = new ChoicesOnTheWire(followthrough);

    @BeforeEach
    void startClean() {
        followthrough.reset();
    }

    @Test
    void aTimeWrittenInAnotherZoneIsSavedThereAndShownInTheOwnersWithTheZoneNamed() {
        // Monday 23 Nov 2026, 10:00 in New York.
        followthrough.clock.set(Instant.parse("2026-11-23T15:00:00Z"));

        var answer = user.command("send Acme the deck by Fri 4pm PT");

        assertThat(answer.get("text").getAsString())
                .contains("Fri 27 Nov, 7:00 PM EST")
                .contains("(4:00 PM in Los Angeles, as you wrote it)");
        assertThat(dues()).isEqualTo("2026-11-27 19:00");
    }

    @Test
    void aPromiseTypedToTheAppIsReadBackWithTheZoneItWasWrittenIn() {
        followthrough.clock.set(Instant.parse("2026-11-23T15:00:00Z"));

        var body = """
                {"token":"legacy","team_id":"T0001","api_app_id":"A0001","type":"event_callback",\
                "event_id":"Ev900","event_time":1700000100,\
                "authorizations":[{"team_id":"T0001","user_id":"UBOT","is_bot":true}],\
                "event":{"type":"message","channel":"D100","channel_type":"im","user":"U100",\
                "text":"send Acme the deck by 9:30am London time tomorrow",\
                "ts":"1700000900.000100","event_ts":"1700000900.000100","client_msg_id":"c-Ev900"}}""";
        assertThat(followthrough
                        .requests
                        .send(body, "application/json", Map.of())
                        .statusCode())
                .isEqualTo(200);

        await().atMost(Duration.ofSeconds(15))
                .until(() -> !followthrough.slack.calls("chat.postMessage").isEmpty());
        assertThat(followthrough.slack.calls("chat.postMessage").get(0).param("text"))
                .contains("Tue 24 Nov, 4:30 AM EST")
                .contains("(9:30 AM in London, as you wrote it)");
    }

    @Test
    void tomorrowInAZoneOnAnotherDayAsksAndThePickKeepsTheZone() {
        // Monday 23 Nov 2026, 10:00 in Tokyo: still Sunday 22 Nov in Los Angeles.
        followthrough.slack.user("U100", "Asia/Tokyo", "en-US");
        followthrough.clock.set(Instant.parse("2026-11-23T01:00:00Z"));

        var question = user.command("send Acme the deck by 11am PST tomorrow");

        assertThat(question.get("text").getAsString())
                .contains("Mon 23 Nov where you are but Sun 22 Nov in Los Angeles");
        var buttons = buttons(question);
        assertThat(buttons).hasSize(2);
        assertThat(label(buttons, 0)).contains("Wed 25 Nov, 4:00 AM").contains("11:00 AM in Los Angeles");
        assertThat(label(buttons, 1)).contains("Tue 24 Nov, 4:00 AM").contains("11:00 AM in Los Angeles");

        user.press(buttons.get(1).getAsJsonObject());

        await().atMost(Duration.ofSeconds(10))
                .until(() -> followthrough.slack.calls("response_url").size() == 2);
        assertThat(followthrough.slack.calls("response_url").get(1).param("text"))
                .contains("(Mon 23 Nov, 11:00 AM in Los Angeles, as you wrote it)");
        assertThat(followthrough.strings(
                        "SELECT to_char(due_at AT TIME ZONE 'UTC', 'YYYY-MM-DD HH24:MI') FROM commitments"))
                .containsExactly("2026-11-23 19:00");
    }

    @Test
    void aTimeTheClocksRepeatAsksWhichAndSavesThePickedInstant() {
        // Saturday 31 Oct 2026, 11:00 in New York: the clocks go back at 2:00 on Sunday.
        followthrough.clock.set(Instant.parse("2026-10-31T15:00:00Z"));

        var question = user.command("send Acme the deck tomorrow 1:30am");

        assertThat(question.get("text").getAsString())
                .contains("1:30 AM happens twice on Sun 1 Nov in New York: the clocks go back from 2:00 to 1:00.");
        var buttons = buttons(question);
        assertThat(label(buttons, 0)).contains("1:30 AM EDT");
        assertThat(label(buttons, 1)).contains("1:30 AM EST");
        assertThat(followthrough.number("SELECT count(*) FROM commitments")).isZero();

        user.press(buttons.get(1).getAsJsonObject());

        await().atMost(Duration.ofSeconds(10))
                .until(() -> followthrough.number("SELECT count(*) FROM commitments") == 1);
        assertThat(followthrough.strings(
                        "SELECT to_char(due_at AT TIME ZONE 'UTC', 'YYYY-MM-DD HH24:MI') FROM commitments"))
                .containsExactly("2026-11-01 06:30");
    }

    private String dues() {
        return String.join(
                ",",
                followthrough.strings(
                        "SELECT to_char(due_at AT TIME ZONE 'America/New_York', 'YYYY-MM-DD HH24:MI') FROM commitments"));
    }

    private static JsonArray buttons(JsonObject question) {
        return question.getAsJsonArray("blocks").get(1).getAsJsonObject().getAsJsonArray("elements");
    }

    private static String label(JsonArray buttons, int index) {
        return buttons.get(index)
                .getAsJsonObject()
                .getAsJsonObject("text")
                .get("text")
                .getAsString();
    }
}
