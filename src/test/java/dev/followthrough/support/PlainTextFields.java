package dev.followthrough.support;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonElement;
import com.google.gson.JsonParser;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * What Slack shows as plain text in the views and form answers the app sent: every {@code
 * plain_text} object's text and every plain-text input's initial value. There a mention ({@code
 * <@U…>}, {@code <#C…>}, {@code <!here>}) or a link would show as its code.
 */
public final class PlainTextFields {

    private static final Pattern CODED = Pattern.compile("<[@#!]|<(https?|mailto):");
    private static final List<String> VIEW_METHODS =
            List.of("views.open", "views.update", "views.push", "views.publish");

    private PlainTextFields() {}

    /** Every plain-text field of one view, or of any JSON holding blocks. */
    public static List<String> of(JsonElement json) {
        var found = new ArrayList<String>();
        collect(json, found);
        return found;
    }

    /**
     * Every plain-text field of every view, message and response_url answer sent to Slack so far
     * (a message's buttons and headers are plain text too).
     */
    public static List<String> ofEverythingSent(SlackStandIn slack) {
        var found = new ArrayList<String>();
        for (var call : slack.calls()) {
            if (VIEW_METHODS.contains(call.method()) && call.param("view") != null) {
                found.addAll(of(JsonParser.parseString(call.param("view"))));
            } else if (call.json() != null) {
                found.addAll(of(call.json()));
            } else if (call.param("blocks") != null) {
                found.addAll(of(JsonParser.parseString(call.param("blocks"))));
            }
        }
        return found;
    }

    /** Fails naming the first field that shows a mention's or a link's code. */
    public static void assertNoneCoded(List<String> fields) {
        assertThat(fields)
                .as("plain-text fields")
                .noneMatch(field -> CODED.matcher(field).find());
    }

    /** A form answer's errors ({@code response_action: errors}), each shown by Slack as plain text. */
    public static Map<String, String> errors(String answer) {
        var errors = new java.util.LinkedHashMap<String, String>();
        var json = JsonParser.parseString(answer).getAsJsonObject();
        assertThat(json.get("response_action").getAsString()).isEqualTo("errors");
        json.getAsJsonObject("errors")
                .entrySet()
                .forEach(entry -> errors.put(entry.getKey(), entry.getValue().getAsString()));
        return errors;
    }

    private static void collect(JsonElement element, List<String> found) {
        if (element.isJsonArray()) {
            element.getAsJsonArray().forEach(each -> collect(each, found));
            return;
        }
        if (!element.isJsonObject()) {
            return;
        }
        var object = element.getAsJsonObject();
        var type = object.has("type") && object.get("type").isJsonPrimitive()
                ? object.get("type").getAsString()
                : "";
        if (type.equals("plain_text") && object.has("text")) {
            found.add(object.get("text").getAsString());
        }
        if (type.equals("plain_text_input") && object.has("initial_value")) {
            found.add(object.get("initial_value").getAsString());
        }
        object.entrySet().forEach(member -> collect(member.getValue(), found));
    }
}
