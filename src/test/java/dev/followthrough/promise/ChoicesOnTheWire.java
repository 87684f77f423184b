package dev.followthrough.promise;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.followthrough.support.RunningFollowthrough;

/** A user in a channel types /promise and presses one of the readings it asks about, as Slack delivers both. */
final class ChoicesOnTheWire {

    static final String USER = "U100";
    static final String CHANNEL = "C200";

    private final RunningFollowthrough followthrough;

    ChoicesOnTheWire(RunningFollowthrough followthrough) {
        this.followthrough = followthrough;
    }

    /** The ephemeral answer to {@code /promise text}. */
    JsonObject command(String text) {
        var response = followthrough.requests.slashCommand(USER, CHANNEL, text);
        assertThat(response.statusCode()).isEqualTo(200);
        return JsonParser.parseString(response.body()).getAsJsonObject();
    }

    /** Presses a button of that answer. */
    void press(JsonObject button) {
        var payload = followthrough.requests.buttonPress(
                USER,
                CHANNEL,
                button.get("action_id").getAsString(),
                button.get("value").getAsString());
        assertThat(followthrough.requests.interaction(payload).statusCode()).isEqualTo(200);
    }
}
