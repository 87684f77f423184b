package dev.followthrough.support;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.util.ArrayList;
import java.util.List;

/**
 * Slack's Block Kit limits, checked on what Followthrough actually sent: a message or view over a
 * limit is refused by Slack, so any breach here is a message a user would never have seen.
 */
public final class BlockKitLimits {

    private BlockKitLimits() {}

    /** Every breach in every message and view among {@code calls}; empty when all are within limits. */
    public static List<String> breaches(List<SlackStandIn.Call> calls) {
        var breaches = new ArrayList<String>();
        for (var call : calls) {
            var blocks = call.param("blocks");
            if (blocks != null) {
                check(breaches, call.method(), JsonParser.parseString(blocks).getAsJsonArray(), 50);
            }
            var view = call.param("view");
            if (view != null) {
                var json = JsonParser.parseString(view).getAsJsonObject();
                var limit = "modal".equals(text(json, "type")) ? 100 : 100;
                check(breaches, call.method(), json.getAsJsonArray("blocks"), limit);
                within(breaches, call.method() + " private_metadata", text(json, "private_metadata"), 3000);
                for (var part : List.of("title", "submit", "close")) {
                    if (json.has(part)) {
                        within(breaches, call.method() + " " + part, text(json.getAsJsonObject(part), "text"), 24);
                    }
                }
            }
            within(breaches, call.method() + " text", call.param("text"), 40_000);
        }
        return breaches;
    }

    /** Breaches in an answer given in a request's acknowledgement (a slash command's JSON body). */
    public static List<String> breachesInAnswer(String body) {
        var breaches = new ArrayList<String>();
        if (body == null || body.isBlank()) {
            return breaches;
        }
        var json = JsonParser.parseString(body).getAsJsonObject();
        check(breaches, "answer", json.has("blocks") ? json.getAsJsonArray("blocks") : null, 50);
        within(breaches, "answer text", text(json, "text"), 40_000);
        return breaches;
    }

    private static void check(List<String> breaches, String where, JsonArray blocks, int limit) {
        if (blocks == null) {
            return;
        }
        if (blocks.size() > limit) {
            breaches.add(where + ": " + blocks.size() + " blocks, over " + limit);
        }
        for (var element : blocks) {
            var block = element.getAsJsonObject();
            var type = text(block, "type");
            if (block.has("text")) {
                var limitForType = "header".equals(type) ? 150 : 3000;
                within(
                        breaches,
                        where + " " + type + " text",
                        text(block.getAsJsonObject("text"), "text"),
                        limitForType);
            }
            if (block.has("elements")) {
                if (block.getAsJsonArray("elements").size() > 25) {
                    breaches.add(where + ": " + type + " with over 25 elements");
                }
                for (var inner : block.getAsJsonArray("elements")) {
                    element(breaches, where, inner);
                }
            }
            if (block.has("accessory")) {
                element(breaches, where, block.get("accessory"));
            }
        }
    }

    private static void element(List<String> breaches, String where, JsonElement element) {
        if (!element.isJsonObject()) {
            return;
        }
        var json = element.getAsJsonObject();
        if ("button".equals(text(json, "type"))) {
            within(breaches, where + " button text", text(json.getAsJsonObject("text"), "text"), 75);
            within(breaches, where + " button value", text(json, "value"), 2000);
        }
        if (json.has("text")
                && json.get("text").isJsonObject()
                && "mrkdwn".equals(text(json.getAsJsonObject("text"), "type"))) {
            within(breaches, where + " context text", text(json.getAsJsonObject("text"), "text"), 3000);
        }
    }

    private static void within(List<String> breaches, String where, String text, int limit) {
        if (text != null && text.length() > limit) {
            breaches.add(where + ": " + text.length() + " characters, over " + limit);
        }
    }

    private static String text(JsonObject json, String name) {
        return json != null && json.has(name) && json.get(name).isJsonPrimitive()
                ? json.get(name).getAsString()
                : null;
    }
}
