package dev.followthrough.platform.slack;

import com.google.gson.Gson;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.slack.api.app_backend.interactive_components.response.ActionResponse;
import com.slack.api.model.view.View;
import com.slack.api.util.json.GsonFactory;

/**
 * The one place Block Kit's limits are kept, on the JSON as it leaves for Slack (after escaping):
 * a text too long is shortened (see {@link Shortening}), a list too long is trimmed, and an id or
 * value too long, which can't be cut without breaking what it points at, is refused with {@link
 * Unfit}. Slack refuses a whole message or view ({@code invalid_blocks}) for one breach.
 *
 * <p>Every exit to Slack goes through here: the outbox's calls, the answers in acknowledgements
 * ({@link SlackAnswers}), responses through a response_url ({@link #response}) and views ({@link
 * #view}).
 */
public final class BlockKitFit {

    public static final int MESSAGE_BLOCKS = 50;
    public static final int VIEW_BLOCKS = 100;
    public static final int SECTION_TEXT = 3000;
    public static final int MESSAGE_TEXT = 40_000;
    /** The top-level text of a message with blocks is only its notification: no need for 40,000. */
    public static final int NOTIFICATION_TEXT = 3000;

    /** A value that can't be shortened (an id, a URL, private_metadata) is over its limit. */
    public static final class Unfit extends IllegalArgumentException {
        Unfit(String message) {
            super(message);
        }
    }

    private static final Gson GSON = GsonFactory.createSnakeCase();

    private BlockKitFit() {}

    /** A message's blocks, as the JSON array the Web API takes. */
    public static String messageBlocksJson(String blocksJson) {
        var blocks = JsonParser.parseString(blocksJson).getAsJsonArray();
        fitBlocks(blocks, MESSAGE_BLOCKS);
        return blocks.toString();
    }

    /** A message's top-level text: the notification when it has blocks, the message itself when not. */
    public static String messageText(String text, boolean withBlocks) {
        return Shortening.shorten(text, withBlocks ? NOTIFICATION_TEXT : MESSAGE_TEXT);
    }

    /** A message as JSON with {@code text} and {@code blocks} (an answer, a response_url body), in place. */
    public static JsonObject message(JsonObject message) {
        var blocks = message.get("blocks");
        var withBlocks = blocks != null && blocks.isJsonArray();
        if (withBlocks) {
            fitBlocks(blocks.getAsJsonArray(), MESSAGE_BLOCKS);
        }
        if (message.has("text") && message.get("text").isJsonPrimitive()) {
            message.addProperty("text", messageText(message.get("text").getAsString(), withBlocks));
        }
        return message;
    }

    /** What goes back through a response_url. */
    public static ActionResponse response(ActionResponse response) {
        var json = message(GSON.toJsonTree(response).getAsJsonObject());
        return GSON.fromJson(json, ActionResponse.class);
    }

    /** A modal or App Home view. */
    public static View view(View view) {
        var json = GSON.toJsonTree(view).getAsJsonObject();
        for (var part : new String[] {"title", "submit", "close"}) {
            text(json, part, 24);
        }
        unchanged(json, "private_metadata", 3000);
        unchanged(json, "callback_id", 255);
        unchanged(json, "external_id", 255);
        if (json.has("blocks") && json.get("blocks").isJsonArray()) {
            fitBlocks(json.getAsJsonArray("blocks"), VIEW_BLOCKS);
        }
        return GSON.fromJson(json, View.class);
    }

    static void fitBlocks(JsonArray blocks, int most) {
        if (blocks.size() > most) {
            var hidden = blocks.size() - (most - 1);
            while (blocks.size() > most - 1) {
                blocks.remove(blocks.size() - 1);
            }
            blocks.add(JsonParser.parseString("{\"type\":\"context\",\"elements\":[{\"type\":\"mrkdwn\",\"text\":"
                    + "\"…and " + hidden + " more not shown.\"}]}"));
        }
        for (var block : blocks) {
            if (block.isJsonObject()) {
                block(block.getAsJsonObject());
            }
        }
    }

    private static void block(JsonObject block) {
        unchanged(block, "block_id", 255);
        switch (type(block)) {
            case "section" -> {
                text(block, "text", SECTION_TEXT);
                var fields = trim(block, "fields", 10);
                for (var field : fields) {
                    shortenText(field, 2000);
                }
                element(block.get("accessory"));
            }
            case "context" -> {
                for (var element : trim(block, "elements", 10)) {
                    shortenText(element, 2000);
                    if (element.isJsonObject()) {
                        shortened(element.getAsJsonObject(), "alt_text", 2000);
                    }
                }
            }
            case "header" -> text(block, "text", 150);
            case "actions" -> {
                for (var element : trim(block, "elements", 25)) {
                    element(element);
                }
            }
            case "input" -> {
                text(block, "label", 2000);
                text(block, "hint", 2000);
                element(block.get("element"));
            }
            case "image" -> {
                shortened(block, "alt_text", 2000);
                text(block, "title", 2000);
                unchanged(block, "image_url", 3000);
            }
            default -> {
                // Dividers, rich text and the rest carry nothing this app could make too long.
            }
        }
    }

    private static void element(JsonElement element) {
        if (element == null || !element.isJsonObject()) {
            return;
        }
        var json = element.getAsJsonObject();
        var type = type(json);
        unchanged(json, "action_id", 255);
        text(json, "placeholder", 150);
        if (json.has("confirm") && json.get("confirm").isJsonObject()) {
            var confirm = json.getAsJsonObject("confirm");
            text(confirm, "title", 100);
            text(confirm, "text", 300);
            text(confirm, "confirm", 30);
            text(confirm, "deny", 30);
        }
        switch (type) {
            case "button" -> {
                text(json, "text", 75);
                unchanged(json, "value", 2000);
                unchanged(json, "url", 3000);
            }
            case "plain_text_input" -> {
                var maxLength =
                        json.has("max_length") ? Math.min(json.get("max_length").getAsInt(), 3000) : 3000;
                if (json.has("max_length")) {
                    json.addProperty("max_length", maxLength);
                }
                shortened(json, "initial_value", maxLength);
            }
            case "image" -> shortened(json, "alt_text", 2000);
            default -> {}
        }
        var mostOptions = switch (type) {
            case "overflow" -> 5;
            case "radio_buttons", "checkboxes" -> 10;
            default -> 100;
        };
        for (var option : trim(json, "options", mostOptions)) {
            option(option);
        }
        for (var group : trim(json, "option_groups", 100)) {
            if (group.isJsonObject()) {
                text(group.getAsJsonObject(), "label", 75);
                for (var option : trim(group.getAsJsonObject(), "options", 100)) {
                    option(option);
                }
            }
        }
        option(json.get("initial_option"));
        if (json.has("initial_options") && json.get("initial_options").isJsonArray()) {
            for (var option : json.getAsJsonArray("initial_options")) {
                option(option);
            }
        }
    }

    private static void option(JsonElement option) {
        if (option == null || !option.isJsonObject()) {
            return;
        }
        var json = option.getAsJsonObject();
        text(json, "text", 75);
        text(json, "description", 75);
        unchanged(json, "value", 150);
        unchanged(json, "url", 3000);
    }

    /** Shortens the text object at {@code name}, if there is one. */
    private static void text(JsonObject parent, String name, int most) {
        var text = parent.get(name);
        if (text != null) {
            shortenText(text, most);
        }
    }

    private static void shortenText(JsonElement textObject, int most) {
        if (textObject.isJsonObject()) {
            shortened(textObject.getAsJsonObject(), "text", most);
        }
    }

    private static void shortened(JsonObject parent, String name, int most) {
        var value = parent.get(name);
        if (value != null && value.isJsonPrimitive() && value.getAsString().length() > most) {
            parent.addProperty(name, Shortening.shorten(value.getAsString(), most));
        }
    }

    private static void unchanged(JsonObject parent, String name, int most) {
        var value = parent.get(name);
        if (value != null && value.isJsonPrimitive() && value.getAsString().length() > most) {
            throw new Unfit(
                    type(parent) + " " + name + " of " + value.getAsString().length() + " characters, over Slack's "
                            + most + ": it can't be cut without breaking what it points at");
        }
    }

    private static JsonArray trim(JsonObject parent, String name, int most) {
        var value = parent.get(name);
        if (value == null || !value.isJsonArray()) {
            return new JsonArray();
        }
        var array = value.getAsJsonArray();
        while (array.size() > most) {
            array.remove(array.size() - 1);
        }
        return array;
    }

    private static String type(JsonObject json) {
        var type = json.get("type");
        return type != null && type.isJsonPrimitive() ? type.getAsString() : "";
    }
}
