package dev.followthrough.platform.workspace;

import dev.followthrough.platform.outbox.Outbox;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Whether each workspace can be sent to: an uninstall or a token Slack refuses stops all sending to
 * it at once (its waiting messages are cancelled, not retried), a token Slack accepts again (a
 * reinstall) makes it active. The one place that changes the workspaces table's standing.
 */
public final class WorkspaceStanding {

    private static final Logger log = LoggerFactory.getLogger(WorkspaceStanding.class);

    /** Why a workspace's messages were cancelled, as their last_error says. */
    static final String UNINSTALLED = "app_uninstalled";

    static final String BOT_TOKEN_REVOKED = "tokens_revoked";

    private final Jdbi jdbi;
    private final Outbox outbox;
    private final Clock clock;

    public WorkspaceStanding(Jdbi jdbi, Outbox outbox, Clock clock) {
        this.jdbi = jdbi;
        this.outbox = outbox;
        this.clock = clock;
    }

    /**
     * Whether the workspace can be sent to, inside the caller's transaction: the outbox asks before
     * it takes a message.
     */
    public static boolean canBeSentTo(Handle handle, String teamId) {
        return handle.attach(WorkspaceStore.class).isActive(teamId);
    }

    /** Slack accepted a token for the team: it can be sent to again. */
    public void active(String teamId, Optional<String> enterpriseId) {
        jdbi.useExtension(
                WorkspaceStore.class, store -> store.reactivate(teamId, enterpriseId.orElse(null), clock.instant()));
    }

    /**
     * The app was uninstalled from {@code teamId}, or from every team of the organisation when the
     * install was org-wide, as of {@code happenedAt}: marked, and their waiting messages cancelled,
     * inside the caller's transaction. Returns the teams now uninstalled; none when the workspace
     * was installed again after {@code happenedAt} (Slack delivering late). Without a time, now.
     */
    List<String> uninstalled(Handle handle, Affected affected, Optional<Instant> happenedAt) {
        var store = handle.attach(WorkspaceStore.class);
        var now = clock.instant();
        var happened = happenedAt.orElse(now);
        var uninstalled = new ArrayList<String>();
        for (var teamId : teams(store, affected)) {
            store.markUninstalled(teamId, affected.enterpriseId().orElse(null), UNINSTALLED, happened, now);
            if (!store.stillUninstalledBy(teamId, now)) {
                log.info("Ignoring an uninstall of workspace {} from before its last install", teamId);
                continue;
            }
            var cancelled = outbox.cancelPending(handle, teamId, UNINSTALLED);
            log.info("Workspace {} uninstalled: {} waiting messages cancelled", teamId, cancelled);
            uninstalled.add(teamId);
        }
        return uninstalled;
    }

    /** The bot token of the team (or of the organisation's org-wide install) was revoked: nothing more is sent. */
    void botTokenRevoked(Handle handle, Affected affected) {
        var store = handle.attach(WorkspaceStore.class);
        for (var teamId : teams(store, affected)) {
            refused(handle, teamId, affected.enterpriseId(), BOT_TOKEN_REVOKED);
        }
    }

    /**
     * Slack refused the team's token ({@code invalid_auth}, {@code token_revoked} …) when something
     * called it: marked, and its waiting messages cancelled with Slack's error, not retried forever.
     */
    public void tokenRefused(String teamId, String error) {
        jdbi.useTransaction(handle -> refused(handle, teamId, Optional.empty(), error));
    }

    private void refused(Handle handle, String teamId, Optional<String> enterpriseId, String reason) {
        var marked = handle.attach(WorkspaceStore.class)
                .markTokenRefused(teamId, enterpriseId.orElse(null), reason, clock.instant());
        // Cancelled even when it was marked before: messages enqueued since would wait forever.
        var cancelled = outbox.cancelPending(handle, teamId, reason);
        if (marked || cancelled > 0) {
            log.warn(
                    "Slack refused workspace {}'s token ({}): nothing more is sent to it until it is installed"
                            + " again; {} waiting messages cancelled",
                    teamId,
                    reason,
                    cancelled);
        }
    }

    private static List<String> teams(WorkspaceStore store, Affected affected) {
        var teams = new LinkedHashSet<String>();
        affected.teamId().ifPresent(teams::add);
        if (affected.orgWide()) {
            affected.enterpriseId().map(store::teamsOf).ifPresent(teams::addAll);
        }
        return List.copyOf(teams);
    }

    /** Who an event is about: one team, or every team of an organisation's org-wide install. */
    record Affected(Optional<String> enterpriseId, Optional<String> teamId, boolean orgWide) {}
}
