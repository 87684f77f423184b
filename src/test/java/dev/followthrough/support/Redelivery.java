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

    /**
     * Delivers {@code payload} once and lets everything it set off finish, then delivers the same
     * body three more times as Slack's retries: the retries must change no row and send nothing.
     * Returns the four answers.
     */
    public static List<HttpResponse<String>> retriesChangeNothing(RunningFollowthrough app, JsonObject payload) {
        return retriesChangeNothing(app, SlackRequests.form(Map.of("payload", payload.toString())));
    }

    /** The same for a slash command's (or any) form body. */
    public static List<HttpResponse<String>> retriesChangeNothing(RunningFollowthrough app, String formBody) {
        var answers = new ArrayList<HttpResponse<String>>();
        answers.add(app.requests.send(formBody, "application/x-www-form-urlencoded", headers(0)));
        app.awaitSettled();
        var afterFirst = footprint(app);
        for (var attempt = 1; attempt < 4; attempt++) {
            answers.add(app.requests.send(formBody, "application/x-www-form-urlencoded", headers(attempt)));
        }
        app.awaitSettled();
        if (!footprint(app).equals(afterFirst)) {
            throw new AssertionError("Slack's retries changed something: after the first delivery " + afterFirst
                    + ", after the retries " + footprint(app));
        }
        return answers;
    }

    /** Rows that record what happened and calls that tell someone about it. */
    private static Map<String, Long> footprint(RunningFollowthrough app) {
        var footprint = new java.util.TreeMap<String, Long>();
        for (var table : List.of("commitments", "commitment_events", "outbox", "channel_events")) {
            footprint.put(table, app.number("SELECT count(*) FROM " + table));
        }
        for (var method :
                List.of("chat.postMessage", "chat.update", "chat.postEphemeral", "views.open", "response_url")) {
            footprint.put(method, (long) app.slack.calls(method).size());
        }
        return footprint;
    }

    private static Map<String, String> headers(int attempt) {
        return attempt == 0
                ? Map.of()
                : Map.of("X-Slack-Retry-Num", Integer.toString(attempt), "X-Slack-Retry-Reason", "http_timeout");
    }
}
