package dev.followthrough.support;

import com.google.gson.JsonObject;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * One interaction delivered as Slack delivers it when an answer is slow: the original, then the same
 * body again with {@code X-Slack-Retry-Num} 1 to 3.
 */
public final class Redelivery {

    private Redelivery() {}

    /** The four deliveries one after another; their answers in order. */
    public static List<HttpResponse<String>> fourTimes(SlackRequests requests, JsonObject payload) {
        return fourTimes(requests, SlackRequests.form(Map.of("payload", payload.toString())));
    }

    /** A slash command (or any form body) delivered four times. */
    public static List<HttpResponse<String>> fourTimes(SlackRequests requests, String formBody) {
        var answers = new ArrayList<HttpResponse<String>>();
        for (var attempt = 0; attempt < 4; attempt++) {
            answers.add(requests.send(formBody, "application/x-www-form-urlencoded", headers(attempt)));
        }
        return answers;
    }

    /** The four deliveries at once, as duplicates crossing each other. */
    public static List<HttpResponse<String>> fourAtOnce(SlackRequests requests, JsonObject payload) {
        var body = SlackRequests.form(Map.of("payload", payload.toString()));
        var pending = new ArrayList<CompletableFuture<HttpResponse<String>>>();
        for (var attempt = 0; attempt < 4; attempt++) {
            var headers = headers(attempt);
            pending.add(CompletableFuture.supplyAsync(
                    () -> requests.send(body, "application/x-www-form-urlencoded", headers)));
        }
        return pending.stream().map(CompletableFuture::join).toList();
    }

    private static Map<String, String> headers(int attempt) {
        return attempt == 0
                ? Map.of()
                : Map.of("X-Slack-Retry-Num", Integer.toString(attempt), "X-Slack-Retry-Reason", "http_timeout");
    }
}
