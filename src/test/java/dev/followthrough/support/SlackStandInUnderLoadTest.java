package dev.followthrough.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The stand-in as the delivery benchmark uses it: many calls in flight, many teams on one token. */
class SlackStandInUnderLoadTest {

    private SlackStandIn standIn;
    private final HttpClient client = HttpClient.newHttpClient();

    @BeforeEach
    void start() throws Exception {
        standIn = new SlackStandIn();
    }

    @AfterEach
    void stop() {
        standIn.close();
    }

    @Test
    @Timeout(60)
    void aSlowSlackTakesEveryCallInFlightBeforeAnsweringAny() {
        // Long enough that the calls below are all sent well before the first answer is due.
        standIn.latency(Duration.ofSeconds(5));
        var answers = new ArrayList<CompletableFuture<HttpResponse<String>>>();
        for (var call = 0; call < 30; call++) {
            answers.add(postAsync("xoxb-one", "U" + call));
        }

        await().atMost(Duration.ofSeconds(30)).until(() -> standIn.calls().size() == 30);
        assertThat(standIn.replies()).as("no answer before its latency").isEmpty();

        answers.forEach(answer -> assertThat(answer.join().statusCode()).isEqualTo(200));
        assertThat(standIn.replies()).hasSize(30).allMatch(SlackStandIn.Reply::ok);
        assertThat(standIn.replies())
                .allMatch(reply ->
                        !reply.answeredAt().isBefore(reply.call().receivedAt().plusSeconds(5)));
    }

    @Test
    void withOneTokenForEveryTeamCallsAreAttributedAndLimitedByTheTeamATestNames() {
        standIn.teamOfUnregisteredCalls(call -> "T" + call.param("channel").substring(0, 1));
        standIn.limitPostsPerWorkspace(1, 1);

        assertThat(post("xoxb-one", "A1").statusCode()).isEqualTo(200);
        assertThat(post("xoxb-one", "A2").statusCode()).isEqualTo(429);
        assertThat(post("xoxb-one", "B1").statusCode())
                .as("another team's budget")
                .isEqualTo(200);

        assertThat(standIn.calls()).extracting(SlackStandIn.Call::team).containsExactly("TA", "TA", "TB");
        assertThat(standIn.postsInWorkspace("TA")).isEqualTo(new SlackStandIn.PostCounts(1, 1));
        assertThat(standIn.replies()).extracting(SlackStandIn.Reply::status).containsExactly(200, 429, 200);
        assertThat(standIn.replies()).extracting(SlackStandIn.Reply::ok).containsExactly(true, false, true);

        standIn.reset();
        post("xoxb-one", "A3");
        assertThat(standIn.calls()).extracting(SlackStandIn.Call::team).containsExactly(SlackStandIn.DEFAULT_TEAM);
    }

    private HttpResponse<String> post(String token, String channel) {
        return postAsync(token, channel).join();
    }

    private CompletableFuture<HttpResponse<String>> postAsync(String token, String channel) {
        var request = HttpRequest.newBuilder(URI.create(standIn.apiUrl() + "chat.postMessage"))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("channel=" + channel + "&text=hello"))
                .build();
        return client.sendAsync(request, HttpResponse.BodyHandlers.ofString());
    }
}
