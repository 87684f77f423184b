package dev.followthrough.platform.http;

import static org.assertj.core.api.Assertions.assertThat;

import dev.followthrough.platform.http.SlackSignatureCheck.Refusal;
import dev.followthrough.support.MutableClock;
import dev.followthrough.support.SlackRequests;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class SlackSignatureCheckTest {

    private static final String SECRET = "8f742231b10e8888abcd99yyyzzz85a5";
    private static final Instant NOW = Instant.parse("2026-11-23T15:00:00Z");

    private final SlackSignatureCheck check = new SlackSignatureCheck(SECRET, new MutableClock(NOW));
    private final SlackRequests slack = new SlackRequests(0, SECRET, null);

    @Test
    void aTimestampUpToFiveMinutesEitherSideOfNowIsAccepted() {
        for (var offset : new long[] {-300, -1, 0, 1, 300}) {
            assertThat(check.checkHeaders(seconds(offset), "v0=ab"))
                    .as("%d s", offset)
                    .isEmpty();
        }
    }

    @Test
    void aTimestampFurtherAwayInEitherDirectionIsRefused() {
        for (var offset : new long[] {-301, 301, 365L * 24 * 3600, -NOW.getEpochSecond() - 5}) {
            assertThat(check.checkHeaders(seconds(offset), "v0=ab"))
                    .as("%d s", offset)
                    .contains(Refusal.OUTSIDE_WINDOW);
        }
    }

    @Test
    void missingOrNonsenseHeadersAreRefusedBeforeTheBodyMatters() {
        assertThat(check.checkHeaders(null, "v0=ab")).contains(Refusal.UNSIGNED);
        assertThat(check.checkHeaders(seconds(0), "")).contains(Refusal.UNSIGNED);
        assertThat(check.checkHeaders("soon", "v0=ab")).contains(Refusal.BAD_TIMESTAMP);
    }

    @Test
    void theSignatureIsCheckedOverTheRawBytes() {
        var timestamp = seconds(0);
        var body = "command=%2Fpromise&text=caf%C3%A9";
        var signature = slack.sign(timestamp, body);

        assertThat(check.checkBody(timestamp, signature, body.getBytes(StandardCharsets.UTF_8)))
                .isEmpty();
        assertThat(check.checkBody(timestamp, signature, (body + "&x=1").getBytes(StandardCharsets.UTF_8)))
                .contains(Refusal.MISMATCH);
        assertThat(check.checkBody(seconds(1), signature, body.getBytes(StandardCharsets.UTF_8)))
                .contains(Refusal.MISMATCH);
        assertThat(check.checkBody(timestamp, "v0=" + "0".repeat(64), body.getBytes(StandardCharsets.UTF_8)))
                .contains(Refusal.MISMATCH);
    }

    private static String seconds(long offset) {
        return Long.toString(NOW.getEpochSecond() + offset);
    }
}
