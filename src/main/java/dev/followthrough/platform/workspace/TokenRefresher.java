package dev.followthrough.platform.workspace;

import java.time.Duration;
import java.util.Optional;

/**
 * Slack's {@code oauth.v2.access} with {@code grant_type=refresh_token}: a rotated token's refresh
 * token exchanged for a new pair. Empty when Slack refused (the refresh token was used or revoked).
 */
@FunctionalInterface
public interface TokenRefresher {

    /** A new access token, the refresh token that renews it, and how long it lives. */
    record Refreshed(String accessToken, String refreshToken, Duration expiresIn) {
        @Override
        public String toString() {
            return "Refreshed[expiresIn=" + expiresIn + "]";
        }
    }

    Optional<Refreshed> refresh(String refreshToken);
}
