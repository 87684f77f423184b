package dev.followthrough.support;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.slack.api.util.json.GsonFactory;
import dev.followthrough.commitment.Commitment;
import dev.followthrough.commitment.Task;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What every message about a commitment must never do, whatever the task and whoever the other
 * side: name the counterparty twice, show a raw {@code <@U…>} where Slack shows plain text, leave a
 * {@code […]} placeholder in, or put a verb phrase where a noun belongs ("checking in on send …").
 */
public final class WordingChecks {

    private static final Pattern RAW_MENTION = Pattern.compile("<@[UW][A-Z0-9]+(\\|[^>]*)?>");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\[[^\\[\\]\\n]{1,60}]");
    /** Words after which a verb phrase reads as a noun: "on send the deck", "deliver call me back". */
    private static final Set<String> NOUN_SLOTS =
            Set.of("on", "of", "about", "deliver", "delivered", "owes", "owe", "the", "hasn't", "reopened");

    private WordingChecks() {}

    /** Every text a Block Kit message or view shows, by how Slack renders it. */
    public record Rendered(List<String> mrkdwn, List<String> plain) {

        public static Rendered of(Object blocksOrView) {
            var json = JsonParser.parseString(GsonFactory.createSnakeCase().toJson(blocksOrView));
            var rendered = new Rendered(new ArrayList<>(), new ArrayList<>());
            rendered.collect(json, "");
            return rendered;
        }

        public String all() {
            return String.join("\n", mrkdwn) + "\n" + String.join("\n", plain);
        }

        private void collect(JsonElement element, String key) {
            if (element.isJsonArray()) {
                for (var item : (JsonArray) element) {
                    collect(item, key);
                }
            } else if (element.isJsonObject()) {
                var object = (JsonObject) element;
                if (object.has("type")
                        && object.has("text")
                        && object.get("text").isJsonPrimitive()) {
                    var type = object.get("type").getAsString();
                    if (type.equals("mrkdwn")) {
                        mrkdwn.add(object.get("text").getAsString());
                    } else if (type.equals("plain_text")) {
                        plain.add(object.get("text").getAsString());
                    }
                }
                for (var entry : object.entrySet()) {
                    if (entry.getKey().equals("initial_value")) {
                        plain.add(entry.getValue().getAsString());
                    } else if (!entry.getKey().equals("text")
                            || !entry.getValue().isJsonPrimitive()) {
                        collect(entry.getValue(), entry.getKey());
                    }
                }
            }
        }
    }

    /** Says the counterparty at most once in each piece of text, and a verb phrase never as a noun. */
    public static void readsWell(Commitment commitment, String text) {
        commitment
                .counterparty()
                .ifPresent(party -> assertThat(occurrences(text, party.display()))
                        .as("%s named once in: %s", party.display(), text)
                        .isLessThanOrEqualTo(1));
        if (!Task.of(commitment).isVerbPhrase()) {
            return;
        }
        var task = commitment.what();
        var at = text.indexOf(task);
        while (at >= 0) {
            var before = text.substring(0, at).replace("*", "").strip();
            var lastWord = before.substring(before.lastIndexOf(' ') + 1).toLowerCase();
            assertThat(NOUN_SLOTS)
                    .as("the task \"%s\" used as a noun in: %s", task, text)
                    .doesNotContain(lastWord);
            at = text.indexOf(task, at + 1);
        }
    }

    public static void hasNoPlaceholder(String text) {
        assertThat(PLACEHOLDER.matcher(text).find())
                .as("a placeholder left in: %s", text)
                .isFalse();
    }

    public static void hasNoRawMention(String plainText) {
        assertThat(RAW_MENTION.matcher(plainText).find())
                .as("a raw mention in plain text: %s", plainText)
                .isFalse();
    }

    /** All three, over every text of a message: doubled names, raw mentions in plain text, placeholders. */
    public static void wellWorded(Commitment commitment, String notification, Rendered rendered) {
        readsWell(commitment, notification);
        hasNoPlaceholder(notification);
        for (var text : rendered.mrkdwn()) {
            readsWell(commitment, text);
            hasNoPlaceholder(text);
        }
        for (var text : rendered.plain()) {
            readsWell(commitment, text);
            hasNoPlaceholder(text);
            hasNoRawMention(text);
        }
    }

    private static int occurrences(String text, String name) {
        var count = 0;
        var lower = text.toLowerCase();
        var needle = name.toLowerCase();
        for (var at = lower.indexOf(needle); at >= 0; at = lower.indexOf(needle, at + needle.length())) {
            count++;
        }
        return count;
    }
}
