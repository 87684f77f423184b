package dev.followthrough.promise;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import dev.followthrough.support.RunningFollowthrough;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A reading picked after its moment has passed is refused as a typed past date is. */
class LateAmbiguityPickTest {

    private final RunningFollowthrough followthrough = RunningFollowthrough.shared();
    private final ChoicesOnTheWire user = new ChoicesOnTheWire(followthrough);

    @BeforeEach
    void startClean() {
        // Monday 23 Nov 2026, 10:00 in New York: "next Friday" may be the 27th or 4 Dec.
        followthrough.reset();
        followthrough.clock.set(Instant.parse("2026-11-23T15:00:00Z"));
    }

    @Test
    void aReadingPickedTheDayAfterItIsRefusedAndNothingIsSaved() {
        var buttons = readings(user.command("send Acme the deck by next Friday"));

        // Saturday 28 Nov, noon: Friday the 27th has gone.
        followthrough.clock.set(Instant.parse("2026-11-28T17:00:00Z"));
        user.press(buttons.get(0).getAsJsonObject());

        var refusal = awaitAnswer();
        assertThat(refusal.param("response_type")).isEqualTo("ephemeral");
        assertThat(refusal.param("text"))
                .contains("That date has already passed (Fri Nov 27, 2026)")
                .contains("Nothing was saved");
        assertThat(followthrough.number("SELECT count(*) FROM commitments")).isZero();
    }

    @Test
    void aReadingPickedLaterTheSameDayIsRefusedAsATypedPastTimeIs() {
        var buttons = readings(user.command("send Acme the deck by next Friday"));

        // Friday 27 Nov, 6 PM: its 5 PM has passed.
        followthrough.clock.set(Instant.parse("2026-11-27T23:00:00Z"));
        var typed = user.command("send Acme the deck by today 5pm");
        user.press(buttons.get(0).getAsJsonObject());

        var refusal = awaitAnswer();
        assertThat(typed.get("text").getAsString()).contains("That time has already passed (today 5:00 PM)");
        assertThat(refusal.param("text"))
                .contains("That time has already passed (today 5:00 PM)")
                .contains("Nothing was saved");
        assertThat(followthrough.number("SELECT count(*) FROM commitments")).isZero();
    }

    private static JsonArray readings(JsonObject question) {
        return question.getAsJsonArray("blocks").get(1).getAsJsonObject().getAsJsonArray("elements");
    }

    private dev.followthrough.support.SlackStandIn.Call awaitAnswer() {
        await().atMost(Duration.ofSeconds(10))
                .until(() -> !followthrough.slack.calls("response_url").isEmpty());
        return followthrough.slack.calls("response_url").get(0);
    }
}
