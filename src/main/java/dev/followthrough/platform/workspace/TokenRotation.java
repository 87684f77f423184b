package dev.followthrough.platform.workspace;

import com.slack.api.bolt.model.Bot;
import dev.followthrough.platform.logging.LogContext;
import dev.followthrough.platform.workspace.InstallationStore.InstallationRow;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Token rotation: a bot token with less than {@link #MARGIN} to live is refreshed, by a recurring
 * job ahead of time or, if it hasn't yet, by whoever needs the token. Each refresh holds its row's
 * lock from reading the refresh token to saving the new pair, so across instances a token is
 * refreshed once (Slack's refresh tokens work once) and everyone then reads the new one.
 */
public final class TokenRotation {

    private static final Logger log = LoggerFactory.getLogger(TokenRotation.class);

    /** Refreshed when less than this is left. */
    public static final Duration MARGIN = Duration.ofMinutes(10);

    private static final int PER_RUN = 50;

    private final Jdbi jdbi;
    private final InstallationRows rows;
    private final TokenRefresher refresher;
    private final Clock clock;

    TokenRotation(Jdbi jdbi, InstallationRows rows, TokenRefresher refresher, Clock clock) {
        this.jdbi = jdbi;
        this.rows = rows;
        this.refresher = refresher;
        this.clock = clock;
    }

    /** Whether {@code bot}'s token is to be refreshed before it is used. */
    public boolean expiresSoon(Bot bot) {
        return bot.getBotTokenExpiresAt() != null
                && bot.getBotRefreshToken() != null
                && Instant.ofEpochMilli(bot.getBotTokenExpiresAt())
                        .isBefore(clock.instant().plus(MARGIN));
    }

    /** The recurring job: refreshes every token expiring soon that no other instance is refreshing. */
    public int refreshExpiringSoon() {
        var refreshed = 0;
        while (true) {
            var batch = jdbi.inTransaction(handle -> {
                var store = handle.attach(InstallationStore.class);
                var done = 0;
                var expiring = store.lockExpiringBefore(clock.instant().plus(MARGIN), PER_RUN);
                for (var row : expiring) {
                    try (var context = LogContext.team(row.teamId())) {
                        done += refresh(handle, row) ? 1 : 0;
                    }
                }
                return expiring.isEmpty() ? -1 : done;
            });
            if (batch <= 0) {
                return refreshed;
            }
            refreshed += batch;
        }
    }

    /**
     * {@code bot} with a token good for a while yet: refreshed now, under its row's lock, unless
     * another instance (or the job) did so meanwhile; then that one's. Empty if the install is gone.
     */
    public Optional<Bot> fresh(Bot bot) {
        if (!expiresSoon(bot)) {
            return Optional.of(bot);
        }
        var teamId = Boolean.TRUE.equals(bot.getIsEnterpriseInstall()) ? null : bot.getTeamId();
        return jdbi.inTransaction(handle -> handle.attach(InstallationStore.class)
                .lock(bot.getEnterpriseId(), teamId)
                .map(row -> {
                    var current = rows.toBot(row);
                    if (expiresSoon(current) && refresh(handle, row)) {
                        return rows.toBot(handle.attach(InstallationStore.class)
                                .lock(row.enterpriseId(), row.teamId())
                                .orElseThrow());
                    }
                    return current;
                }));
    }

    private boolean refresh(Handle handle, InstallationRow row) {
        var refreshToken = rows.toBot(row).getBotRefreshToken();
        var refreshed = refresher.refresh(refreshToken);
        if (refreshed.isEmpty()) {
            log.warn(
                    "Slack refused to refresh the bot token of {}: it is used until it expires",
                    row.teamId() != null ? row.teamId() : row.enterpriseId());
            return false;
        }
        var now = clock.instant();
        var pair = refreshed.get();
        handle.attach(InstallationStore.class)
                .saveRefreshedBot(
                        row.id(),
                        rows.botToken(row, pair.accessToken()),
                        rows.botRefreshToken(row, pair.refreshToken()),
                        now.plus(pair.expiresIn()),
                        now);
        return true;
    }
}
