package dev.followthrough.platform.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import dev.followthrough.support.CapturedLogs;
import dev.followthrough.support.RunningFollowthrough;
import dev.followthrough.support.SlackRequests;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What a hostile sender can make {@code POST /slack/events} do: answer quickly, and nothing more. */
class HostileRequestsTest {

    private static final String FORM = "application/x-www-form-urlencoded";
    private static final long FIFTY_MEGABYTES = 50L * 1024 * 1024;

    private final RunningFollowthrough followthrough = RunningFollowthrough.shared();

    @BeforeEach
    void startClean() {
        followthrough.reset();
    }

    @Test
    void aBodyDeclaredOverTheCapIsRefusedWithoutWaitingForIt() {
        var startedAt = System.nanoTime();

        var answer = followthrough.requests.sendLargeBody(FIFTY_MEGABYTES, false, false, signedLooking());

        assertThat(answer.status()).isEqualTo(413);
        assertThat(Duration.ofNanos(System.nanoTime() - startedAt)).isLessThan(Duration.ofSeconds(3));
        assertStillServing();
    }

    @Test
    void aChunkedBodyOverTheCapIsRefusedAfterReadingNoMoreThanTheCap() {
        var answer = followthrough.requests.sendLargeBody(FIFTY_MEGABYTES, true, true, signedLooking());

        assertThat(answer.status()).isEqualTo(413);
        // What the socket buffers took beyond the cap, never the 50 MB.
        assertThat(answer.bodyBytesSentBeforeTheAnswer()).isLessThan(16L * 1024 * 1024);
        assertStillServing();
    }

    @Test
    void sixParallelUnsigned50MegabyteBodiesLeaveTheServiceAnswering() throws Exception {
        var senders = Executors.newFixedThreadPool(6);
        try {
            var answers = new ArrayList<CompletableFuture<SlackRequests.RawAnswer>>();
            for (int sender = 0; sender < 6; sender++) {
                var chunked = sender % 2 == 0;
                answers.add(CompletableFuture.supplyAsync(
                        () -> followthrough.requests.sendLargeBody(FIFTY_MEGABYTES, chunked, true, signedLooking()),
                        senders));
            }
            for (var answer : answers) {
                var raw = answer.get(30, TimeUnit.SECONDS);
                assertThat(raw.status()).isEqualTo(413);
                assertThat(raw.bodyBytesSentBeforeTheAnswer()).isLessThan(FIFTY_MEGABYTES);
            }
        } finally {
            senders.shutdownNow();
        }
        assertStillServing();
    }

    @Test
    void anUnsignedRequestIsRefusedWith401AndNothingIsStored() {
        var body = SlackRequests.form(followthrough.requests.command("U100", "C200", "send the deck by Fri"));

        var response = followthrough.requests.sendRaw(body, FORM, Map.of());

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.body()).doesNotContainIgnoringCase("jetty").hasSizeLessThan(100);
        assertThat(commitments()).isZero();
    }

    @Test
    void anUnsignedBodyWithABrokenEscapeIsRefusedWith401NotParsed() {
        try (var logs = CapturedLogs.everything()) {
            var response = followthrough.requests.sendRaw("payload=%7B%zz", FORM, signedLooking());

            assertThat(response.statusCode()).isEqualTo(401);
            assertThat(logs.withStackTraces()).isEmpty();
        }
    }

    @Test
    void aSignedBodyWithABrokenEscapeIsRefusedWith400AndOneLineWithoutAStackTrace() {
        try (var logs = CapturedLogs.everything()) {
            var response = followthrough.requests.send("command=%2Fpromise&text=100%", FORM, Map.of());

            assertThat(response.statusCode()).isEqualTo(400);
            assertThat(response.body()).doesNotContain("Exception").doesNotContainIgnoringCase("jetty");
            assertThat(response.headers().firstValue("Server")).isEmpty();
            assertThat(logs.withStackTraces()).isEmpty();
            assertThat(logs.lines()).filteredOn(line -> line.contains("400")).hasSize(1);
        }
    }

    @Test
    void aSignedPayloadThatIsNotJsonIsRefusedWith400WithoutAStackTrace() {
        try (var logs = CapturedLogs.everything()) {
            var broken = SlackRequests.form(Map.of("payload", "{\"type\":\"block_actions\",\"user\":"));

            var response = followthrough.requests.send(broken, FORM, Map.of());

            assertThat(response.statusCode()).isEqualTo(400);
            assertThat(logs.withStackTraces()).isEmpty();
        }
    }

    @Test
    void aSignedJsonBodyThatIsNotJsonIsRefusedWith400() {
        var response = followthrough.requests.send("{\"type\":\"event_callback\",", "application/json", Map.of());

        assertThat(response.statusCode()).isEqualTo(400);
    }

    @Test
    void aUrlVerificationStillGetsItsChallengeBack() {
        var response = followthrough.requests.send(
                "{\"token\":\"t\",\"challenge\":\"3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P\","
                        + "\"type\":\"url_verification\"}",
                "application/json",
                Map.of());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P");
    }

    @Test
    void jettyAnswersItsOwnErrorsInOnePlainLineWithoutItsName() throws Exception {
        var client = HttpClient.newHttpClient();
        var port = followthrough.application.httpPort();

        var missing = client.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/no-such-page"))
                        .build(),
                BodyHandlers.ofString());
        var notAllowed = client.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/slack/events"))
                        .build(),
                BodyHandlers.ofString());

        for (var response : new HttpResponse<?>[] {missing, notAllowed}) {
            assertThat(response.headers().firstValue("Server")).isEmpty();
            assertThat(response.body().toString())
                    .doesNotContainIgnoringCase("jetty")
                    .doesNotContain("<html")
                    .hasSizeLessThan(100);
        }
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(notAllowed.statusCode()).isEqualTo(405);
    }

    @Test
    void aRequestJettyCannotReadGetsAShortAnswerWithoutItsName() {
        var answer = followthrough.requests.exchangeRaw("GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Padding: "
                + "x".repeat(64 * 1024) + "\r\nConnection: close\r\n\r\n");

        assertThat(answer).startsWith("HTTP/1.1 431");
        assertThat(answer).doesNotContainIgnoringCase("jetty").doesNotContainIgnoringCase("server:");
        assertThat(answer.length()).isLessThan(400);
    }

    @Test
    void aJsonBodyWithTextBeyondAsciiReachesBoltWithTheBytesItWasSignedWith() {
        var challenge = "3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P";

        // Bolt checks the signature again over the text it reads: it must read the same bytes.
        var response = followthrough.requests.send(
                "{\"token\":\"défi-日本-🎉\",\"challenge\":\"" + challenge + "\",\"type\":\"url_verification\"}",
                "application/json",
                Map.of());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains(challenge);
    }

    /** Headers that look like Slack's, with a signature that cannot match. */
    private static Map<String, String> signedLooking() {
        return Map.of(
                "X-Slack-Request-Timestamp",
                Long.toString(Instant.now().getEpochSecond()),
                "X-Slack-Signature",
                "v0=" + "0".repeat(64));
    }

    private void assertStillServing() {
        assertThatCode(() -> {
                    var health = HttpClient.newHttpClient()
                            .send(
                                    HttpRequest.newBuilder(URI.create("http://127.0.0.1:"
                                                    + followthrough.application.httpPort() + "/healthz"))
                                            .timeout(Duration.ofSeconds(3))
                                            .build(),
                                    BodyHandlers.ofString());
                    assertThat(health.statusCode()).isEqualTo(200);
                })
                .doesNotThrowAnyException();
        var command = followthrough.requests.slashCommand("U100", "C200", "send the deck by Fri 2pm");
        assertThat(command.statusCode()).isEqualTo(200);
        assertThat(command.body()).contains("send the deck");
    }

    private long commitments() {
        return followthrough.number("SELECT count(*) FROM commitments");
    }
}
