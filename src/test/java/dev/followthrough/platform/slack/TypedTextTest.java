package dev.followthrough.platform.slack;

import static dev.followthrough.support.SlackRequests.typed;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.followthrough.support.CapturedLogs;
import dev.followthrough.support.RunningFollowthrough;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Control characters typed (or pasted) into Slack never reach a handler or the database. */
class TypedTextTest {

    private final RunningFollowthrough followthrough = RunningFollowthrough.shared();

    @BeforeEach
    void startClean() {
        followthrough.reset();
    }

    @Test
    void aNulInACommandIsDroppedAndThePromiseRecordedAsUsual() {
        try (var logs = CapturedLogs.everything()) {
            var response =
                    followthrough.requests.slashCommand("U100", "C200", "send the deck\u0000 to Acme by Fri 2pm");

            assertThat(response.statusCode()).isEqualTo(200);
            var answer = JsonParser.parseString(response.body()).getAsJsonObject();
            assertThat(answer.get("text").getAsString())
                    .contains("send the deck")
                    .doesNotContain(SurpriseCatcher.APOLOGY)
                    .doesNotContain("\u0000");
            assertThat(followthrough.strings("SELECT what || ' / ' || counterparty_name FROM commitments"))
                    .containsExactly("send the deck to Acme / Acme");
            assertThat(logs.withStackTraces()).isEmpty();
        }
    }

    @Test
    void controlCharactersInASubmittedFormAreDroppedAndThePromiseSaved() {
        followthrough.requests.slashCommand("U100", "C200", "");
        await().atMost(Duration.ofSeconds(15))
                .until(() -> !followthrough.slack.calls("views.open").isEmpty());
        var form = JsonParser.parseString(
                        followthrough.slack.calls("views.open").get(0).param("view"))
                .getAsJsonObject();

        var response = submit(
                form,
                Map.of(
                        "what", typed("send\u0000 the revised\u0007 proposal\u007f"),
                        "counterparty_name", typed("Ac\u0000me"),
                        "deadline", typed("Fri\u0000 2pm")));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEmpty();
        assertThat(followthrough.strings("SELECT what || ' / ' || counterparty_name FROM commitments"))
                .containsExactly("send the revised proposal / Acme");
    }

    private java.net.http.HttpResponse<String> submit(JsonObject form, Map<String, JsonObject> values) {
        var payload = followthrough.requests.viewSubmission(
                "U100",
                form.get("callback_id").getAsString(),
                form.get("private_metadata").getAsString(),
                values);
        return followthrough.requests.interaction(payload);
    }
}
