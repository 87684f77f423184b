package dev.followthrough.platform.slack;

import static org.assertj.core.api.Assertions.assertThat;

import dev.followthrough.support.RunningFollowthrough;
import dev.followthrough.support.SlackRequests;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class RequestSignatureTest {

    private static final String FORM = "application/x-www-form-urlencoded";

    private final RunningFollowthrough followthrough = RunningFollowthrough.shared();
    private String body;

    @BeforeEach
    void startClean() {
        followthrough.reset();
        body = SlackRequests.form(followthrough.requests.command("U100", "C200", "send the deck by tomorrow"));
    }

    @Test
    void aCorrectlySignedRequestIsAccepted() {
        var response = followthrough.requests.send(body, FORM, Map.of());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(commitments()).isEqualTo(1);
    }

    @Test
    void aWrongSignatureIsRefusedAndNothingIsStored() {
        var timestamp = Long.toString(Instant.now().getEpochSecond());
        var response = followthrough.requests.sendRaw(
                body,
                FORM,
                Map.of("X-Slack-Request-Timestamp", timestamp, "X-Slack-Signature", "v0=" + "0".repeat(64)));

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(commitments()).isZero();
    }

    @Test
    void aBodyChangedAfterSigningIsRefused() {
        var timestamp = Long.toString(Instant.now().getEpochSecond());
        var signature = followthrough.requests.sign(timestamp, body);
        var response = followthrough.requests.sendRaw(
                body.replace("U100", "U666"),
                FORM,
                Map.of("X-Slack-Request-Timestamp", timestamp, "X-Slack-Signature", signature));

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(commitments()).isZero();
    }

    @Test
    void missingSignatureHeadersAreRefused() {
        var response = followthrough.requests.sendRaw(body, FORM, Map.of());

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(commitments()).isZero();
    }

    @Test
    void aTimestampOlderThanFiveMinutesIsRefusedEvenWhenSignedCorrectly() {
        var stale = Long.toString(Instant.now().minusSeconds(6 * 60).getEpochSecond());
        var response = followthrough.requests.sendRaw(
                body,
                FORM,
                Map.of(
                        "X-Slack-Request-Timestamp",
                        stale,
                        "X-Slack-Signature",
                        followthrough.requests.sign(stale, body)));

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(commitments()).isZero();
    }

    @Test
    void aTimestampMoreThanFiveMinutesInTheFutureIsRefusedLikeAStaleOne() {
        var response = followthrough.requests.sendSignedAt(Instant.now().plusSeconds(6 * 60), body, FORM);

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(commitments()).isZero();
    }

    @Test
    void aTimestampFourMinutesAheadIsAcceptedForClocksThatDrift() {
        var response = followthrough.requests.sendSignedAt(Instant.now().plusSeconds(4 * 60), body, FORM);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(commitments()).isEqualTo(1);
    }

    @Test
    void aTimestampFourMinutesOldIsAccepted() {
        var response = followthrough.requests.sendSignedAt(Instant.now().minusSeconds(4 * 60), body, FORM);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(commitments()).isEqualTo(1);
    }

    @Test
    void aTimestampAYearAheadIsRefused() {
        var response =
                followthrough.requests.sendSignedAt(Instant.now().plus(java.time.Duration.ofDays(365)), body, FORM);

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(commitments()).isZero();
    }

    private long commitments() {
        return followthrough.number("SELECT count(*) FROM commitments");
    }
}
