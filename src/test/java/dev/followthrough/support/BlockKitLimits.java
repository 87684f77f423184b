package dev.followthrough.support;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.util.ArrayList;
import java.util.List;

/**
 * Slack's Block Kit limits, checked on what Followthrough actually sent: a message or view over a
 * limit is refused by Slack, so any breach here is a message a user would never have seen. Written
 * from Slack's documentation, apart from the app's own enforcer, so the two check each other.
 */
public final class BlockKitLimits {

    private BlockKitLimits() {}

    /** Every breach in every message and view among {@code calls}; empty when all are within limits. */
    public static List<String> breaches(List<SlackStandIn.Call> calls) {
        var breaches = new ArrayList<String>();
        for (var call : calls) {
            breaches.addAll(breaches(call));
        }
        return breaches;
    }

    /** The breaches in one call's message or view. */
    public static List<String> breaches(SlackStandIn.Call call) {
        var breaches = new ArrayList<String>();
        var where = call.method();
        var blocks = call.param("blocks");
        if (blocks != null) {
            var parsed = parse(breaches, where, blocks);
            if (parsed != null) {
                check(breaches, where, parsed.getAsJsonArray(), 50);
            }
        }
        var view = call.param("view");
        if (view != null) {
            var parsed = parse(breaches, where, view);
            if (parsed != null) {
                view(breaches, where, parsed.getAsJsonObject());
            }
        }
        within(breaches, where + " text", call.param("text"), 40_000);
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
        if (json.has("view")) {
            view(breaches, "answer", json.getAsJsonObject("view"));
        }
        return breaches;
    }

    private static JsonElement parse(List<String> breaches, String where, String json) {
        try {
            return JsonParser.parseString(json);
        } catch (RuntimeException notJson) {
            breaches.add(where + ": not JSON");
            return null;
        }
    }

    private static void view(List<String> breaches, String where, JsonObject view) {
        check(breaches, where, view.getAsJsonArray("blocks"), 100);
        within(breaches, where + " private_metadata", text(view, "private_metadata"), 3000);
        within(breaches, where + " callback_id", text(view, "callback_id"), 255);
        for (var part : List.of("title", "submit", "close")) {
            textObject(breaches, where + " " + part, view.get(part), 24);
        }
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
            var at = where + " " + type;
            within(breaches, at + " block_id", text(block, "block_id"), 255);
            switch (String.valueOf(type)) {
                case "section" -> {
                    textObject(breaches, at + " text", block.get("text"), 3000);
                    var fields = array(block, "fields");
                    count(breaches, at + " fields", fields, 10);
                    fields.forEach(field -> textObject(breaches, at + " field", field, 2000));
                    element(breaches, at, block.get("accessory"));
                }
                case "context" -> {
                    var elements = array(block, "elements");
                    count(breaches, at + " elements", elements, 10);
                    elements.forEach(inner -> textObject(breaches, at + " element", inner, 2000));
                }
                case "header" -> textObject(breaches, at + " text", block.get("text"), 150);
                case "actions" -> {
                    var elements = array(block, "elements");
                    count(breaches, at + " elements", elements, 25);
                    elements.forEach(inner -> element(breaches, at, inner));
                }
                case "input" -> {
                    textObject(breaches, at + " label", block.get("label"), 2000);
                    textObject(breaches, at + " hint", block.get("hint"), 2000);
                    element(breaches, at, block.get("element"));
                }
                default -> {}
            }
        }
    }

    private static void element(List<String> breaches, String where, JsonElement element) {
        if (element == null || !element.isJsonObject()) {
            return;
        }
        var json = element.getAsJsonObject();
        var type = text(json, "type");
        var at = where + " " + type;
        within(breaches, at + " action_id", text(json, "action_id"), 255);
        textObject(breaches, at + " placeholder", json.get("placeholder"), 150);
        if ("button".equals(type)) {
            textObject(breaches, at + " text", json.get("text"), 75);
            within(breaches, at + " value", text(json, "value"), 2000);
            within(breaches, at + " url", text(json, "url"), 3000);
        }
        if ("plain_text_input".equals(type)) {
            var maxLength = json.has("max_length") ? json.get("max_length").getAsInt() : 3000;
            if (maxLength > 3000) {
                breaches.add(at + ": max_length " + maxLength + ", over 3000");
            }
            within(breaches, at + " initial_value", text(json, "initial_value"), Math.min(maxLength, 3000));
        }
        var options = array(json, "options");
        var mostOptions = switch (String.valueOf(type)) {
            case "overflow" -> 5;
            case "radio_buttons", "checkboxes" -> 10;
            default -> 100;
        };
        count(breaches, at + " options", options, mostOptions);
        options.forEach(option -> option(breaches, at, option));
        if (json.has("initial_option")) {
            option(breaches, at + " initial", json.get("initial_option"));
        }
    }

    private static void option(List<String> breaches, String where, JsonElement option) {
        var json = option.getAsJsonObject();
        textObject(breaches, where + " option text", json.get("text"), 75);
        textObject(breaches, where + " option description", json.get("description"), 75);
        within(breaches, where + " option value", text(json, "value"), 150);
        within(breaches, where + " option url", text(json, "url"), 3000);
    }

    private static void textObject(List<String> breaches, String where, JsonElement textObject, int limit) {
        if (textObject != null && textObject.isJsonObject()) {
            within(breaches, where, text(textObject.getAsJsonObject(), "text"), limit);
        }
    }

    private static void count(List<String> breaches, String where, JsonArray array, int limit) {
        if (array.size() > limit) {
            breaches.add(where + ": " + array.size() + ", over " + limit);
        }
    }

    private static JsonArray array(JsonObject json, String name) {
        return json.has(name) && json.get(name).isJsonArray() ? json.getAsJsonArray(name) : new JsonArray();
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
