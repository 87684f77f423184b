package dev.followthrough.promise;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.followthrough.support.RunningFollowthrough;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@code /promise list} shows a page at a time, and "Show more" pages on to the last promise. */
class ListPagesTest {

    private final RunningFollowthrough followthrough = RunningFollowthrough.shared();

    @BeforeEach
    void startClean() {
        followthrough.reset();
        for (var day = 1; day <= 47; day++) {
            command("U100", "send quote " + day + " to Acme in " + day + " days");
        }
    }

    @Test
    void showMorePagesThroughEveryOpenPromiseAndStopsAtTheLast() {
        var first = command("U100", "list");

        assertThat(first.get("text").getAsString()).isEqualTo("Your open promises: 47");
        assertThat(quotes(first.getAsJsonArray("blocks")))
                .hasSize(20)
                .startsWith("quote 1")
                .endsWith("quote 20");
        var more = showMore(first.getAsJsonArray("blocks"));
        assertThat(more.getAsJsonObject("text").get("text").getAsString()).isEqualTo("Show more (27)");

        var second = press("U100", more);

        assertThat(second.get("replace_original").getAsBoolean()).isTrue();
        assertThat(second.get("text").getAsString()).isEqualTo("Your open promises 21–40 of 47");
        assertThat(second.getAsJsonArray("blocks").toString()).contains("Your open promises (21–40 of 47)");
        assertThat(quotes(second.getAsJsonArray("blocks")))
                .hasSize(20)
                .startsWith("quote 21")
                .endsWith("quote 40");

        var third = press("U100", showMore(second.getAsJsonArray("blocks")));

        assertThat(quotes(third.getAsJsonArray("blocks")))
                .hasSize(7)
                .startsWith("quote 41")
                .endsWith("quote 47");
        assertThat(third.getAsJsonArray("blocks").toString()).doesNotContain(PromiseList.SHOW_MORE);
        assertThat(followthrough.slack.refusals()).isEmpty();
    }

    @Test
    void theCancelListPagesOnWithItsButtonOnEachRow() {
        var first = command("U100", "cancel");

        var second = press("U100", showMore(first.getAsJsonArray("blocks")));

        assertThat(quotes(second.getAsJsonArray("blocks"))).startsWith("quote 21");
        assertThat(second.getAsJsonArray("blocks").toString())
                .contains("reminder_cancel")
                .contains("Cancel…");
    }

    private JsonObject press(String userId, JsonObject button) {
        var before = followthrough.slack.calls("response_url").size();
        var response = followthrough.requests.interaction(followthrough.requests.buttonPress(
                userId,
                "C200",
                button.get("action_id").getAsString(),
                button.get("value").getAsString()));
        assertThat(response.statusCode()).isEqualTo(200);
        await().atMost(Duration.ofSeconds(10))
                .until(() -> followthrough.slack.calls("response_url").size() > before);
        return followthrough.slack.calls("response_url").get(before).json();
    }

    private static JsonObject showMore(JsonArray blocks) {
        for (var block : blocks) {
            var elements = block.getAsJsonObject().getAsJsonArray("elements");
            if (elements == null) {
                continue;
            }
            for (var element : elements) {
                var object = element.getAsJsonObject();
                if (object.has("action_id")
                        && object.get("action_id").getAsString().equals(PromiseList.SHOW_MORE)) {
                    return object;
                }
            }
        }
        throw new AssertionError("no Show more button in " + blocks);
    }

    private static List<String> quotes(JsonArray blocks) {
        var quotes = new ArrayList<String>();
        var matcher = java.util.regex.Pattern.compile("quote \\d+").matcher(blocks.toString());
        while (matcher.find()) {
            quotes.add(matcher.group());
        }
        return quotes;
    }

    private JsonObject command(String userId, String text) {
        var response = followthrough.requests.slashCommand(userId, "C200", text);
        assertThat(response.statusCode()).isEqualTo(200);
        return JsonParser.parseString(response.body()).getAsJsonObject();
    }
}
