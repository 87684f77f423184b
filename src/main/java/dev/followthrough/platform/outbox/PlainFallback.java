package dev.followthrough.platform.outbox;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import dev.followthrough.platform.slack.BlockKitFit;
import dev.followthrough.platform.slack.Shortening;
import java.util.ArrayList;
import java.util.List;

/**
 * What is sent when Slack refuses a message's blocks ({@code invalid_blocks}) or its length ({@code
 * msg_too_long}): the words of its blocks as plain text, no blocks, well within every limit.
 */
record PlainFallback(OutboxMessage message, boolean shortened) {

    /** Well under the 40,000 Slack takes: a fallback only has to say what the message was. */
    static final int MOST = BlockKitFit.NOTIFICATION_TEXT;

    static PlainFallback of(OutboxMessage refused) {
        var words = refused.blocksJson().map(PlainFallback::words).orElse("");
        var full = words.isBlank() ? refused.text() : words;
        var text = Shortening.shorten(full, MOST);
        var shortened = text.length() < full.length();
        var confirmation = refused.confirmation().map(known -> shortened ? known.shortened() : known);
        var message = refused.asPlainText(text.isBlank() ? "(a message from Followthrough)" : text);
        return new PlainFallback(confirmation.map(message::confirmedBy).orElse(message), shortened);
    }

    private static String words(String blocksJson) {
        try {
            var lines = new ArrayList<String>();
            for (var block : JsonParser.parseString(blocksJson).getAsJsonArray()) {
                if (!block.isJsonObject()) {
                    continue;
                }
                var json = block.getAsJsonObject();
                texts(lines, json.get("text"));
                arrayTexts(lines, json.get("fields"));
                arrayTexts(lines, json.get("elements"));
            }
            return String.join("\n", lines);
        } catch (JsonParseException | IllegalStateException unreadable) {
            // invalid_blocks_format: the blocks aren't even JSON Slack reads; the notification text stands in.
            return "";
        }
    }

    private static void arrayTexts(List<String> lines, JsonElement array) {
        if (array != null && array.isJsonArray()) {
            for (var element : (JsonArray) array) {
                // Buttons and menus are no use without blocks; only words are kept.
                if (element.isJsonObject()
                        && element.getAsJsonObject().has("type")
                        && element.getAsJsonObject().get("type").getAsString().matches("mrkdwn|plain_text")) {
                    texts(lines, element);
                }
            }
        }
    }

    private static void texts(List<String> lines, JsonElement text) {
        if (text != null && text.isJsonObject() && text.getAsJsonObject().has("text")) {
            lines.add(text.getAsJsonObject().get("text").getAsString());
        }
    }
}
