package dev.followthrough.platform.workspace;

import dev.followthrough.platform.logging.LogContext;
import java.time.Clock;
import java.time.Duration;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The recurring job that deletes what is left of workspaces uninstalled longer ago than the
 * retention period ({@code DATA_RETENTION_DAYS}): every row of theirs in every table, batch by
 * batch, and last their workspaces row. A reinstall before it runs keeps everything.
 */
public final class ForgetUninstalledWorkspaces implements Runnable {

    private static final Logger log = LoggerFactory.getLogger(ForgetUninstalledWorkspaces.class);

    // Workspaces looked at per round: a long list is worked through a few at a time.
    private static final int WORKSPACES_PER_ROUND = 20;

    private final Jdbi jdbi;
    private final TeamForgetting forgetting;
    private final Duration retention;
    private final Clock clock;

    public ForgetUninstalledWorkspaces(Jdbi jdbi, TeamForgetting forgetting, Duration retention, Clock clock) {
        this.jdbi = jdbi;
        this.forgetting = forgetting;
        this.retention = retention;
        this.clock = clock;
    }

    /** Whether data goes as soon as a workspace is uninstalled (a retention of zero days). */
    public boolean atOnce() {
        return retention.isZero();
    }

    @Override
    public void run() {
        var cutoff = clock.instant().minus(retention);
        while (true) {
            var due = jdbi.withExtension(
                    WorkspaceStore.class, store -> store.uninstalledBy(cutoff, WORKSPACES_PER_ROUND));
            if (due.isEmpty()) {
                return;
            }
            for (var teamId : due) {
                try (var context = LogContext.team(teamId)) {
                    var rows = forgetting.forget(
                            teamId,
                            () -> jdbi.withExtension(
                                    WorkspaceStore.class, store -> store.stillUninstalledBy(teamId, cutoff)));
                    var gone = jdbi.withExtension(WorkspaceStore.class, store -> store.forget(teamId, cutoff));
                    if (gone > 0) {
                        log.info(
                                "Forgot workspace {}, uninstalled over {} days ago: {} rows deleted",
                                teamId,
                                retention.toDays(),
                                rows);
                    } else {
                        log.info("Workspace {} was installed again while its data was being deleted; stopped", teamId);
                    }
                }
            }
        }
    }
}
