package dev.followthrough.platform.slack;

import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.SlackApiException;
import dev.followthrough.platform.workspace.TokenRefresher;
import java.io.IOException;
import java.time.Duration;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code oauth.v2.access} with {@code grant_type=refresh_token} at SLACK_API_URL, the client id and
 * secret as HTTP Basic auth as Bolt sends them. (Bolt's own TokenRotator, made the short way,
 * would call slack.com whatever SLACK_API_URL says.)
 */
final class SlackTokenRefresher implements TokenRefresher {

    private static final Logger log = LoggerFactory.getLogger(SlackTokenRefresher.class);

    private final MethodsClient methods;
    private final String clientId;
    private final String clientSecret;

    /** {@code methods} carries no token: the app's client credentials are what Slack checks. */
    SlackTokenRefresher(MethodsClient methods, String clientId, String clientSecret) {
        this.methods = methods;
        this.clientId = clientId;
        this.clientSecret = clientSecret;
    }

    @Override
    public Optional<Refreshed> refresh(String refreshToken) {
        try {
            var answer = methods.oauthV2Access(request -> request.clientId(clientId)
                    .clientSecret(clientSecret)
                    .grantType("refresh_token")
                    .refreshToken(refreshToken));
            if (!answer.isOk() || answer.getAccessToken() == null || answer.getRefreshToken() == null) {
                log.warn("oauth.v2.access refused a refresh: {}", answer.getError());
                return Optional.empty();
            }
            return Optional.of(new Refreshed(
                    answer.getAccessToken(), answer.getRefreshToken(), Duration.ofSeconds(answer.getExpiresIn())));
        } catch (IOException | SlackApiException unreachable) {
            // The lock is let go with the transaction: the next run, or the next caller, tries again.
            throw new IllegalStateException("oauth.v2.access could not be reached to refresh a token", unreachable);
        }
    }
}
