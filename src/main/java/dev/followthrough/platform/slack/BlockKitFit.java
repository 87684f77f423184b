package dev.followthrough.platform.slack;

import com.google.gson.Gson;
import com.google.gson.JsonArray;
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
            FitJson.text(json, part, 24);
        }
        FitJson.unchanged(json, "private_metadata", 3000);
        FitJson.unchanged(json, "callback_id", 255);
        FitJson.unchanged(json, "external_id", 255);
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
        FitJson.unchanged(block, "block_id", 255);
        switch (FitJson.type(block)) {
            case "section" -> {
                FitJson.text(block, "text", SECTION_TEXT);
                var fields = FitJson.trim(block, "fields", 10);
                for (var field : fields) {
                    FitJson.shortenText(field, 2000);
                }
                ElementFit.element(block.get("accessory"));
            }
            case "context" -> {
                for (var element : FitJson.trim(block, "elements", 10)) {
                    FitJson.shortenText(element, 2000);
                    if (element.isJsonObject()) {
                        FitJson.shortened(element.getAsJsonObject(), "alt_text", 2000);
                    }
                }
            }
            case "header" -> FitJson.text(block, "text", 150);
            case "actions" -> {
                for (var element : FitJson.trim(block, "elements", 25)) {
                    ElementFit.element(element);
                }
            }
            case "input" -> {
                FitJson.text(block, "label", 2000);
                FitJson.text(block, "hint", 2000);
                ElementFit.element(block.get("element"));
            }
            case "image" -> {
                FitJson.shortened(block, "alt_text", 2000);
                FitJson.text(block, "title", 2000);
                FitJson.unchanged(block, "image_url", 3000);
            }
            default -> {
                // Dividers, rich text and the rest carry nothing this app could make too long.
            }
        }
    }
}
