package dev.followthrough.promise;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.followthrough.support.RunningFollowthrough;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Who answers {@code /promise}, by the words typed after it; anything else is a promise. */
class PromiseWordsTest {

    private final RunningFollowthrough followthrough = RunningFollowthrough.shared();

    @BeforeEach
    void startClean() {
        followthrough.reset();
    }

    @Test
    void listAndCancelAnswerTypedAloneInAnyCaseAndFollowedByMoreTheyArePromises() {
        assertThat(command("LIST").get("text").getAsString()).isEqualTo("You have no open promises.");
        assertThat(command("Cancel").get("text").getAsString()).isEqualTo("You have no open promises.");
        assertThat(commitments()).isZero();

        command("list the prices for Acme by tomorrow");
        command("cancel the offsite booking by tomorrow");

        assertThat(followthrough.strings("SELECT what FROM commitments ORDER BY id"))
                .containsExactly("list the prices for Acme", "cancel the offsite booking");
    }

    @Test
    void anotherFeaturesWordAnswersWhateverFollowsItInAnyCase() {
        assertThat(command("SCORE").get("blocks").toString()).contains("*All time* · you");
        assertThat(command("Digest please").get("text").getAsString()).contains("Sent to your DMs.");
        assertThat(command("Channel").get("text").getAsString()).contains("/promise channel posts on|off");

        var settings = followthrough.requests.slashCommand("U100", "C200", "Settings now");

        assertThat(settings.body()).isEmpty();

        await().atMost(Duration.ofSeconds(10))
                .until(() -> !followthrough.slack.calls("views.open").isEmpty());
        assertThat(commitments()).isZero();
    }

    private JsonObject command(String text) {
        var response = followthrough.requests.slashCommand("U100", "C200", text);
        assertThat(response.statusCode()).isEqualTo(200);
        return JsonParser.parseString(response.body()).getAsJsonObject();
    }

    private long commitments() {
        return followthrough.number("SELECT count(*) FROM commitments");
    }
}
