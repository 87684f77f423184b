package dev.followthrough.platform.http;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Slack's request signature: {@code v0=} and the hex HMAC-SHA256 of {@code v0:timestamp:body} under
 * the signing secret, with a timestamp within five minutes of now either way (a replay window, so a
 * timestamp from the future is as suspect as a stale one).
 */
final class SlackSignatureCheck {

    static final Duration WINDOW = Duration.ofMinutes(5);

    /** Why a request is not accepted as Slack's. */
    enum Refusal {
        UNSIGNED("no X-Slack-Signature or X-Slack-Request-Timestamp"),
        BAD_TIMESTAMP("a timestamp that is not a number"),
        OUTSIDE_WINDOW("a timestamp more than 5 minutes from now"),
        MISMATCH("a signature that does not match");

        final String description;

        Refusal(String description) {
            this.description = description;
        }
    }

    private final byte[] signingSecret;
    private final Clock clock;

    SlackSignatureCheck(String signingSecret, Clock clock) {
        this.signingSecret = signingSecret.getBytes(StandardCharsets.UTF_8);
        this.clock = clock;
    }

    /** What can be told from the headers alone, before a byte of the body is read. */
    Optional<Refusal> checkHeaders(String timestamp, String signature) {
        if (timestamp == null || signature == null || timestamp.isBlank() || signature.isBlank()) {
            return Optional.of(Refusal.UNSIGNED);
        }
        long seconds;
        try {
            seconds = Long.parseLong(timestamp.strip());
        } catch (NumberFormatException notANumber) {
            return Optional.of(Refusal.BAD_TIMESTAMP);
        }
        var distance = Math.abs(clock.instant().getEpochSecond() - seconds);
        if (seconds < 0 || distance > WINDOW.toSeconds()) {
            return Optional.of(Refusal.OUTSIDE_WINDOW);
        }
        return Optional.empty();
    }

    /** The signature over the raw bytes; call only after {@link #checkHeaders} accepted them. */
    Optional<Refusal> checkBody(String timestamp, String signature, byte[] body) {
        var expected =
                ("v0=" + HexFormat.of().formatHex(hmac(timestamp.strip(), body))).getBytes(StandardCharsets.US_ASCII);
        var given = signature.strip().getBytes(StandardCharsets.US_ASCII);
        return MessageDigest.isEqual(expected, given) ? Optional.empty() : Optional.of(Refusal.MISMATCH);
    }

    private byte[] hmac(String timestamp, byte[] body) {
        try {
            var mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(signingSecret, "HmacSHA256"));
            mac.update(("v0:" + timestamp + ":").getBytes(StandardCharsets.US_ASCII));
            return mac.doFinal(body);
        } catch (GeneralSecurityException missingFromTheJdk) {
            throw new IllegalStateException("HmacSHA256 is not available", missingFromTheJdk);
        }
    }
}
