package dev.followthrough.platform.slack;

import com.google.gson.JsonElement;

/** Block Kit's limits for elements (buttons, menus, inputs) and their options, for {@link BlockKitFit}. */
final class ElementFit {

    private ElementFit() {}

    static void element(JsonElement element) {
        if (element == null || !element.isJsonObject()) {
            return;
        }
        var json = element.getAsJsonObject();
        var type = FitJson.type(json);
        FitJson.unchanged(json, "action_id", 255);
        FitJson.text(json, "placeholder", 150);
        if (json.has("confirm") && json.get("confirm").isJsonObject()) {
            var confirm = json.getAsJsonObject("confirm");
            FitJson.text(confirm, "title", 100);
            FitJson.text(confirm, "text", 300);
            FitJson.text(confirm, "confirm", 30);
            FitJson.text(confirm, "deny", 30);
        }
        switch (type) {
            case "button" -> {
                FitJson.text(json, "text", 75);
                FitJson.unchanged(json, "value", 2000);
                FitJson.unchanged(json, "url", 3000);
            }
            case "plain_text_input" -> {
                var maxLength =
                        json.has("max_length") ? Math.min(json.get("max_length").getAsInt(), 3000) : 3000;
                if (json.has("max_length")) {
                    json.addProperty("max_length", maxLength);
                }
                FitJson.shortened(json, "initial_value", maxLength);
            }
            case "image" -> FitJson.shortened(json, "alt_text", 2000);
            default -> {}
        }
        var mostOptions = switch (type) {
            case "overflow" -> 5;
            case "radio_buttons", "checkboxes" -> 10;
            default -> 100;
        };
        for (var option : FitJson.trim(json, "options", mostOptions)) {
            option(option);
        }
        for (var group : FitJson.trim(json, "option_groups", 100)) {
            if (group.isJsonObject()) {
                FitJson.text(group.getAsJsonObject(), "label", 75);
                for (var option : FitJson.trim(group.getAsJsonObject(), "options", 100)) {
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
        FitJson.text(json, "text", 75);
        FitJson.text(json, "description", 75);
        FitJson.unchanged(json, "value", 150);
        FitJson.unchanged(json, "url", 3000);
    }
}
