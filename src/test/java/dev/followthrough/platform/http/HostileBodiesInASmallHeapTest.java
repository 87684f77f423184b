package dev.followthrough.platform.http;

import static org.assertj.core.api.Assertions.assertThat;

import dev.followthrough.support.ServiceProcess;
import dev.followthrough.support.SlackRequests;
import dev.followthrough.support.SlackStandIn;
import dev.followthrough.support.TestDatabase;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The service as its own process with a heap far smaller than the bodies thrown at it: if any part
 * of it held a whole body, this would end in an OutOfMemoryError.
 */
class HostileBodiesInASmallHeapTest {

    private static final String SECRET = "small-heap-signing-secret";
    private static final long FIFTY_MEGABYTES = 50L * 1024 * 1024;

    @Test
    void sixParallelUnsigned50MegabyteBodiesLeaveA96MegabyteServiceAnswering() throws Exception {
        try (var slack = new SlackStandIn()) {
            var port = ServiceProcess.freePort();
            var environment = new HashMap<String, String>();
            environment.put("JAVA_TOOL_OPTIONS", "-Xmx96m");
            environment.put("SLACK_BOT_TOKEN", "xoxb-small-heap");
            environment.put("SLACK_SIGNING_SECRET", SECRET);
            environment.put("SLACK_API_URL", slack.apiUrl());
            environment.put("PORT", Integer.toString(port));
            environment.put("DATABASE_URL", TestDatabase.newDatabase("small_heap"));
            environment.put(
                    "DATA_DIR",
                    Files.createTempDirectory("followthrough-small-heap").toString());
            var requests = new SlackRequests(port, SECRET, slack);

            try (var service = ServiceProcess.start(environment)) {
                service.awaitHealthy(port, Duration.ofSeconds(90));

                for (int round = 0; round < 2; round++) {
                    sendSixAtOnce(requests);
                }

                var health = HttpClient.newHttpClient()
                        .send(
                                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/healthz"))
                                        .timeout(Duration.ofSeconds(3))
                                        .build(),
                                HttpResponse.BodyHandlers.ofString());
                assertThat(health.statusCode()).isEqualTo(200);
                var command = requests.slashCommand("U100", "C200", "send the deck by Fri 2pm");
                assertThat(command.statusCode()).isEqualTo(200);
                assertThat(command.body()).contains("send the deck");
                assertThat(service.output()).doesNotContain("OutOfMemoryError").doesNotContain("\tat ");
            }
        }
    }

    private static void sendSixAtOnce(SlackRequests requests) throws Exception {
        var headers = Map.of(
                "X-Slack-Request-Timestamp",
                Long.toString(Instant.now().getEpochSecond()),
                "X-Slack-Signature",
                "v0=" + "0".repeat(64));
        var senders = Executors.newFixedThreadPool(6);
        try {
            var answers = new ArrayList<CompletableFuture<SlackRequests.RawAnswer>>();
            for (int sender = 0; sender < 6; sender++) {
                var chunked = sender % 2 == 0;
                answers.add(CompletableFuture.supplyAsync(
                        () -> requests.sendLargeBody(FIFTY_MEGABYTES, chunked, true, headers), senders));
            }
            for (var answer : answers) {
                assertThat(answer.get(60, TimeUnit.SECONDS).status()).isEqualTo(413);
            }
        } finally {
            senders.shutdownNow();
        }
    }
}
