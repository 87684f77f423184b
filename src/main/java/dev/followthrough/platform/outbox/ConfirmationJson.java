package dev.followthrough.platform.outbox;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.util.Optional;

/** A {@link Confirmation} as the JSON kept in its outbox row until the message's fate is known. */
final class ConfirmationJson {

    private ConfirmationJson() {}

    static String of(Confirmation confirmation) {
        var json = new JsonObject();
        json.addProperty("owner_id", confirmation.ownerId());
        json.addProperty("undelivered", confirmation.undelivered());
        json.addProperty("text_to_copy", confirmation.textToCopy());
        confirmation.onDelivered().ifPresent(message -> json.add("on_delivered", message(message)));
        confirmation.onUndelivered().ifPresent(message -> json.add("on_undelivered", message(message)));
        json.addProperty("arrived_shortened", confirmation.arrivedShortened());
        return json.toString();
    }

    static Confirmation parse(String text) {
        var json = JsonParser.parseString(text).getAsJsonObject();
        return new Confirmation(
                json.get("owner_id").getAsString(),
                json.get("undelivered").getAsString(),
                json.get("text_to_copy").getAsString(),
                Optional.ofNullable(json.getAsJsonObject("on_delivered")).map(ConfirmationJson::message),
                Optional.ofNullable(json.getAsJsonObject("on_undelivered")).map(ConfirmationJson::message),
                json.has("arrived_shortened") && json.get("arrived_shortened").getAsBoolean());
    }

    private static JsonObject message(OutboxMessage message) {
        var json = new JsonObject();
        json.addProperty("team_id", message.teamId());
        json.addProperty("dedupe_key", message.dedupeKey());
        json.addProperty("method", message.method().slackName());
        json.addProperty("recipient", message.recipient());
        json.addProperty("channel", message.channel());
        json.addProperty("text", message.text());
        message.blocksJson().ifPresent(blocks -> json.addProperty("blocks", blocks));
        message.threadTs().ifPresent(ts -> json.addProperty("thread_ts", ts));
        message.messageTs().ifPresent(ts -> json.addProperty("message_ts", ts));
        message.commitmentId().ifPresent(id -> json.addProperty("commitment_id", id));
        return json;
    }

    private static OutboxMessage message(JsonObject json) {
        return new OutboxMessage(
                json.get("team_id").getAsString(),
                json.get("dedupe_key").getAsString(),
                OutboxMessage.Method.fromSlackName(json.get("method").getAsString()),
                json.get("recipient").getAsString(),
                json.get("channel").getAsString(),
                json.get("text").getAsString(),
                optional(json, "blocks").map(JsonElement::getAsString),
                optional(json, "thread_ts").map(JsonElement::getAsString),
                optional(json, "message_ts").map(JsonElement::getAsString),
                optional(json, "commitment_id").map(JsonElement::getAsLong),
                Optional.empty());
    }

    private static Optional<JsonElement> optional(JsonObject json, String name) {
        return Optional.ofNullable(json.get(name)).filter(value -> !value.isJsonNull());
    }
}
