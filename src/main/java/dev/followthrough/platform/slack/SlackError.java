package dev.followthrough.platform.slack;

import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import java.util.Optional;

/** Slack's error code in a Web API answer ({@code {"ok":false,"error":"channel_not_found"}}), if it has one. */
final class SlackError {

    private SlackError() {}

    static Optional<String> in(String body) {
        // Most answers are ok: they are not parsed a second time.
        if (body == null || !body.contains("\"error\"")) {
            return Optional.empty();
        }
        try {
            var answer = JsonParser.parseString(body);
            if (!answer.isJsonObject()) {
                return Optional.empty();
            }
            var object = answer.getAsJsonObject();
            var ok = object.has("ok")
                    && object.get("ok").isJsonPrimitive()
                    && object.get("ok").getAsBoolean();
            if (ok || !object.has("error") || !object.get("error").isJsonPrimitive()) {
                return Optional.empty();
            }
            return Optional.of(object.get("error").getAsString());
        } catch (JsonParseException notJson) {
            return Optional.empty();
        }
    }
}
