package dev.followthrough.promise;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.followthrough.support.RunningFollowthrough;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class AmbiguousDeadlineTest {

    private final RunningFollowthrough followthrough = RunningFollowthrough.shared();
    private final ChoicesOnTheWire user = new ChoicesOnTheWire(followthrough);

    @BeforeEach
    void startClean() {
        // Monday 23 Nov 2026, 10:00 in New York: "next Friday" may be the 27th or 4 Dec.
        followthrough.reset();
        followthrough.clock.set(Instant.parse("2026-11-23T15:00:00Z"));
    }

    @Test
    void theReadingsAreShownAsButtonsAndOnlyThePickedOneIsSavedOnce() {
        var question = user.command("send Acme the deck by next Friday");

        assertThat(question.get("response_type").getAsString()).isEqualTo("ephemeral");
        assertThat(question.get("text").getAsString()).contains("next Friday").contains("more than one day");
        var buttons = question.getAsJsonArray("blocks").get(1).getAsJsonObject().getAsJsonArray("elements");
        assertThat(buttons).hasSize(2);
        assertThat(buttons.get(0)
                        .getAsJsonObject()
                        .getAsJsonObject("text")
                        .get("text")
                        .getAsString())
                .contains("Fri 27 Nov");
        assertThat(buttons.get(1)
                        .getAsJsonObject()
                        .getAsJsonObject("text")
                        .get("text")
                        .getAsString())
                .contains("Fri 4 Dec");
        assertThat(commitments()).isZero();

        user.press(buttons.get(1).getAsJsonObject());

        await().atMost(Duration.ofSeconds(10))
                .until(() -> followthrough.slack.calls("response_url").size() == 2);
        var calls = followthrough.slack.calls("response_url");
        assertThat(calls.get(0).param("delete_original")).isEqualTo("true");
        assertThat(calls.get(1).param("response_type")).isEqualTo("in_channel");
        assertThat(calls.get(1).param("text")).contains("send Acme the deck");
        assertThat(commitments()).isEqualTo(1);
        assertThat(followthrough.strings("SELECT to_char(due_at AT TIME ZONE 'America/New_York', 'YYYY-MM-DD HH24:MI')"
                        + " || ' ' || due_phrase || ' ' || counterparty_name FROM commitments"))
                .containsExactly("2026-12-04 17:00 by next Friday Acme");

        followthrough.slack.reset();
        user.press(buttons.get(0).getAsJsonObject());

        await().atMost(Duration.ofSeconds(10))
                .until(() -> !followthrough.slack.calls("response_url").isEmpty());
        assertThat(followthrough.slack.calls("response_url").get(0).param("text"))
                .contains("already picked");
        assertThat(commitments()).isEqualTo(1);
    }

    @Test
    void onlyTheOwnerCanPickADate() {
        var question = user.command("send Acme the deck by next Friday");
        var button = question.getAsJsonArray("blocks")
                .get(1)
                .getAsJsonObject()
                .getAsJsonArray("elements")
                .get(0);

        var payload = followthrough.requests.buttonPress(
                "U999",
                "C200",
                button.getAsJsonObject().get("action_id").getAsString(),
                button.getAsJsonObject().get("value").getAsString());
        followthrough.requests.interaction(payload);

        await().atMost(Duration.ofSeconds(10))
                .until(() -> !followthrough.slack.calls("response_url").isEmpty());
        assertThat(followthrough.slack.calls("response_url").get(0).param("text"))
                .contains("Only <@U100>");
        assertThat(commitments()).isZero();
    }

    @Test
    void aDayMonthDateInALocaleThatCannotTellAsksToo() {
        followthrough.slack.user("U100", "America/Toronto", "en-CA");

        var question = user.command("send the contract to Acme by 3/4");

        var buttons = question.getAsJsonArray("blocks").get(1).getAsJsonObject().getAsJsonArray("elements");
        assertThat(buttons.toString()).contains("4 Mar").contains("3 Apr");
        assertThat(commitments()).isZero();
    }

    private long commitments() {
        return followthrough.number("SELECT count(*) FROM commitments");
    }
}
