package dev.followthrough.platform.workspace;

import com.slack.api.bolt.model.Bot;
import com.slack.api.bolt.model.Installer;
import com.slack.api.bolt.service.InstallationService;
import dev.followthrough.Config;
import dev.followthrough.platform.workspace.InstallationStore.InstallationRow;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import org.jdbi.v3.core.Jdbi;

/**
 * Bolt's installations on PostgreSQL, tokens encrypted at rest. One row a workspace, or a row for an
 * organisation's org-wide install that serves every team in it. No history is kept: a reinstall
 * replaces the row. Nothing here logs a token; Bolt's models print theirs, so none is logged either.
 */
public final class PostgresInstallations implements InstallationService {

    private final Jdbi jdbi;
    private final Clock clock;
    private final InstallationRows rows;

    PostgresInstallations(Jdbi jdbi, TokenCipher cipher, Clock clock) {
        this.jdbi = jdbi;
        this.clock = clock;
        this.rows = new InstallationRows(cipher);
    }

    /** The store for the key {@code TOKEN_ENCRYPTION_KEY} gives. */
    public static PostgresInstallations create(Jdbi jdbi, Config.EncryptionKey key, Clock clock) {
        return new PostgresInstallations(jdbi, new TokenCipher(TokenEncryptionKey.of(key)), clock);
    }

    /** Token rotation on these installations, refreshing through {@code refresher}. */
    public TokenRotation rotation(TokenRefresher refresher) {
        return new TokenRotation(jdbi, rows, refresher, clock);
    }

    /** Forgets whatever installation of a workspace is left once its data goes. */
    public static ForgetsATeam forgetting(Jdbi jdbi) {
        return ForgetsATeam.inStore(
                jdbi, InstallationStore.class, Set.of("installations"), InstallationStore::forgetSome);
    }

    @Override
    public boolean isHistoricalDataEnabled() {
        return false;
    }

    /** History would keep old tokens around; a row holds only the latest install. */
    @Override
    public void setHistoricalDataEnabled(boolean isHistoricalDataEnabled) {
        if (isHistoricalDataEnabled) {
            throw new UnsupportedOperationException("Installations keep no history: old tokens are not stored");
        }
    }

    @Override
    public void saveInstallerAndBot(Installer installer) {
        Instant now = clock.instant();
        var row = rows.ofInstaller(installer, now);
        jdbi.useTransaction(handle -> {
            handle.attach(InstallationStore.class).saveInstallation(row);
            if (row.teamId() != null) {
                handle.attach(WorkspaceStore.class).activate(row.teamId(), row.enterpriseId(), now);
            } else if (row.enterpriseId() != null) {
                // An org-wide install serves every team of its organisation, those uninstalled with it too.
                handle.attach(WorkspaceStore.class).activateOrganisation(row.enterpriseId(), now);
            }
        });
    }

    @Override
    public void saveBot(Bot bot) {
        var row = rows.ofBot(bot, clock.instant());
        jdbi.useExtension(InstallationStore.class, store -> store.saveBot(row));
    }

    @Override
    public void deleteBot(Bot bot) {
        jdbi.useExtension(InstallationStore.class, store -> store.delete(bot.getEnterpriseId(), bot.getTeamId()));
    }

    @Override
    public void deleteInstaller(Installer installer) {
        jdbi.useExtension(
                InstallationStore.class,
                store -> store.deleteInstaller(
                        installer.getEnterpriseId(),
                        installer.getTeamId(),
                        installer.getInstallerUserId(),
                        clock.instant()));
    }

    /** The bot serving a team: its organisation's org-wide install if there is one, else its own. */
    @Override
    public Bot findBot(String enterpriseId, String teamId) {
        return servingRow(enterpriseId, teamId).map(rows::toBot).orElse(null);
    }

    /**
     * The bot serving a team known by its id alone, as work outside a request (jobs, the outbox)
     * knows it: the team's organisation, if it has one, is the one recorded when it was installed or
     * first heard from.
     */
    public Optional<Bot> findBotOfTeam(String teamId) {
        var enterpriseId = jdbi.withExtension(WorkspaceStore.class, store -> store.enterpriseOf(teamId));
        return servingRow(enterpriseId.orElse(null), teamId).map(rows::toBot);
    }

    /** A team heard from through its organisation's org-wide install: from now on its work finds that install. */
    public void recordTeamOfOrganisation(String teamId, String enterpriseId) {
        jdbi.useExtension(
                WorkspaceStore.class, store -> store.recordOrganisation(teamId, enterpriseId, clock.instant()));
    }

    @Override
    public Installer findInstaller(String enterpriseId, String teamId, String userId) {
        if (userId == null) {
            return servingRow(enterpriseId, teamId).map(rows::toInstaller).orElse(null);
        }
        return jdbi.withExtension(
                        InstallationStore.class, store -> store.findServingInstaller(enterpriseId, teamId, userId))
                .map(rows::toInstaller)
                .orElse(null);
    }

    @Override
    public void deleteAll(String enterpriseId, String teamId) {
        jdbi.useExtension(InstallationStore.class, store -> store.delete(enterpriseId, teamId));
    }

    private Optional<InstallationRow> servingRow(String enterpriseId, String teamId) {
        return jdbi.withExtension(InstallationStore.class, store -> store.findServing(enterpriseId, teamId));
    }
}
