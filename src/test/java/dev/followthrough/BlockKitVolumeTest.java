package dev.followthrough;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.followthrough.support.BlockKitLimits;
import dev.followthrough.support.RunningFollowthrough;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A busy user's week through every surface (answers, list, reminders, channel posts, App Home,
 * digest, forms), then every message and view Followthrough sent is checked against Block Kit's
 * limits: one over a limit is one Slack would refuse to show.
 */
class BlockKitVolumeTest {

    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

    private final RunningFollowthrough followthrough = RunningFollowthrough.shared();

    @BeforeEach
    void startClean() {
        followthrough.reset();
        followthrough.clock.set(
                LocalDateTime.parse("2026-11-23T10:00").atZone(NEW_YORK).toInstant());
    }

    @Test
    void everythingSentForABusyUserStaysWithinBlockKitsLimits() throws Exception {
        var longTask = "follow up on the revised multi-year enterprise agreement including every annex, ".repeat(10);
        for (var index = 0; index < 120; index++) {
            var deadline = switch (index % 4) {
                case 0 -> "by Fri 2pm";
                case 1 -> "by tomorrow";
                case 2 -> "in 2 weeks";
                default -> "by Dec 3";
            };
            var text = (index % 10 == 0 ? longTask : "send report " + index) + " to Acme " + deadline;
            var response = followthrough.requests.slashCommand("U100", index % 3 == 0 ? "D100" : "C200", text);
            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(BlockKitLimits.breachesInAnswer(response.body())).isEmpty();
        }
        for (var word : new String[] {"list", "cancel", "score", "help"}) {
            var answer =
                    followthrough.requests.slashCommand("U100", "D100", word).body();
            assertThat(BlockKitLimits.breachesInAnswer(answer)).as(word).isEmpty();
        }
        followthrough.requests.slashCommand("U100", "D100", "digest");
        followthrough.requests.slashCommand("U100", "D100", "");
        followthrough.requests.slashCommand("U100", "C200", "channel");
        followthrough.requests.send("""
                {"token":"legacy","team_id":"T0001","api_app_id":"A0001","type":"event_callback",\
                "event_id":"EvVolume","event_time":1700000000,\
                "event":{"type":"app_home_opened","user":"U100","channel":"D0001","tab":"home",\
                "event_ts":"1700000000.000100"}}""", "application/json", Map.of());
        followthrough.clock.set(
                LocalDateTime.parse("2026-11-24T09:00:30").atZone(NEW_YORK).toInstant());
        followthrough.awaitSettled();
        followthrough.clock.set(
                LocalDateTime.parse("2026-11-27T15:00:30").atZone(NEW_YORK).toInstant());
        followthrough.awaitSettled();
        await().atMost(Duration.ofSeconds(15))
                .until(() -> !followthrough.slack.calls("views.publish").isEmpty());

        var calls = followthrough.slack.calls();
        // Reminders of one minute fold into one DM: fewer posts, and the biggest messages of all.
        assertThat(calls.stream()
                        .filter(call -> call.method().equals("chat.postMessage"))
                        .count())
                .isGreaterThan(40);
        assertThat(calls.stream()
                        .filter(call -> call.method().equals("chat.postMessage"))
                        .map(call -> call.param("text")))
                .anyMatch(text -> text.matches("\\d+ promises .*"));
        assertThat(BlockKitLimits.breaches(calls)).isEmpty();
    }
}
