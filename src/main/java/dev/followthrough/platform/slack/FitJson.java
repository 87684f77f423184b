package dev.followthrough.platform.slack;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

/** Reading and changing Block Kit JSON in place, for {@link BlockKitFit}. */
final class FitJson {

    private FitJson() {}

    /** Shortens the text object at {@code name}, if there is one. */
    static void text(JsonObject parent, String name, int most) {
        var text = parent.get(name);
        if (text != null) {
            shortenText(text, most);
        }
    }

    static void shortenText(JsonElement textObject, int most) {
        if (textObject.isJsonObject()) {
            shortened(textObject.getAsJsonObject(), "text", most);
        }
    }

    static void shortened(JsonObject parent, String name, int most) {
        var value = parent.get(name);
        if (value != null && value.isJsonPrimitive() && value.getAsString().length() > most) {
            parent.addProperty(name, Shortening.shorten(value.getAsString(), most));
        }
    }

    static void unchanged(JsonObject parent, String name, int most) {
        var value = parent.get(name);
        if (value != null && value.isJsonPrimitive() && value.getAsString().length() > most) {
            var what = type(parent).isEmpty() ? "option" : type(parent);
            throw new BlockKitFit.Unfit(
                    what + " " + name + " of " + value.getAsString().length() + " characters, over Slack's " + most
                            + ": it can't be cut without breaking what it points at");
        }
    }

    static JsonArray trim(JsonObject parent, String name, int most) {
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

    static String type(JsonObject json) {
        var type = json.get("type");
        return type != null && type.isJsonPrimitive() ? type.getAsString() : "";
    }
}
