package dev.followthrough.platform.slack;

import com.slack.api.bolt.model.Bot;
import com.slack.api.bolt.model.Installer;
import com.slack.api.bolt.service.InstallationService;
import dev.followthrough.platform.workspace.PostgresInstallations;
import dev.followthrough.platform.workspace.TokenRefresher;
import dev.followthrough.platform.workspace.TokenRotation;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The installations, with each workspace's bot kept for a few seconds: every request and every
 * Web API call needs its token, and a database round trip (with a decryption) each time would sit
 * on the ack's path. An install, reinstall or removal through this instance forgets them all at
 * once; another instance's change is seen within {@link #KEPT_FOR}.
 */
final class InstalledBots implements InstallationService {

    static final Duration KEPT_FOR = Duration.ofSeconds(5);

    private record Kept(Optional<Bot> bot, Instant until) {}

    private final PostgresInstallations installations;
    private final Clock clock;
    private final ConcurrentHashMap<String, Kept> kept = new ConcurrentHashMap<>();
    private final Set<String> teamsRecorded = ConcurrentHashMap.newKeySet();

    private final TokenRotation rotation;

    /** Installs whose tokens, if rotated, are never refreshed: for tests of the cache alone. */
    InstalledBots(PostgresInstallations installations, Clock clock) {
        this(installations, refreshToken -> Optional.empty(), clock);
    }

    InstalledBots(PostgresInstallations installations, TokenRefresher refresher, Clock clock) {
        this.installations = installations;
        this.clock = clock;
        this.rotation = installations.rotation(refresher);
    }

    /** The recurring refresh of rotated tokens that expire soon. */
    TokenRotation rotation() {
        return rotation;
    }

    /** The bot serving a request's team (and organisation, when the request names one). */
    Optional<Bot> serving(String enterpriseId, String teamId) {
        var bot = remembered(
                "request|" + Objects.toString(enterpriseId, "") + "|" + Objects.toString(teamId, ""),
                () -> Optional.ofNullable(installations.findBot(enterpriseId, teamId)));
        bot = unexpired(bot);
        bot.filter(found -> found.getTeamId() == null && teamId != null).ifPresent(orgWide -> {
            // Jobs know a team by its id alone: they find the org-wide install through this.
            if (teamsRecorded.add(teamId)) {
                installations.recordTeamOfOrganisation(teamId, enterpriseId);
            }
        });
        return bot;
    }

    /** The bot serving a team, for work outside a request. */
    Optional<Bot> ofTeam(String teamId) {
        return unexpired(remembered("team|" + teamId, () -> installations.findBotOfTeam(teamId)));
    }

    /**
     * Never a token about to expire, kept or not: it is refreshed first (once, across instances),
     * and every kept bot is looked up again, as they may share it.
     */
    private Optional<Bot> unexpired(Optional<Bot> bot) {
        if (bot.isEmpty() || !rotation.expiresSoon(bot.get())) {
            return bot;
        }
        var fresh = rotation.fresh(bot.get());
        forget();
        return fresh;
    }

    private Optional<Bot> remembered(String key, java.util.function.Supplier<Optional<Bot>> lookUp) {
        var now = clock.instant();
        var known = kept.get(key);
        if (known != null && now.isBefore(known.until())) {
            return known.bot();
        }
        var bot = lookUp.get();
        kept.put(key, new Kept(bot, now.plus(KEPT_FOR)));
        return bot;
    }

    private void forget() {
        kept.clear();
        teamsRecorded.clear();
    }

    @Override
    public boolean isHistoricalDataEnabled() {
        return installations.isHistoricalDataEnabled();
    }

    @Override
    public void setHistoricalDataEnabled(boolean isHistoricalDataEnabled) {
        installations.setHistoricalDataEnabled(isHistoricalDataEnabled);
    }

    @Override
    public void saveInstallerAndBot(Installer installer) {
        installations.saveInstallerAndBot(installer);
        forget();
    }

    @Override
    public void saveBot(Bot bot) {
        installations.saveBot(bot);
        forget();
    }

    @Override
    public void deleteBot(Bot bot) {
        installations.deleteBot(bot);
        forget();
    }

    @Override
    public void deleteInstaller(Installer installer) {
        installations.deleteInstaller(installer);
        forget();
    }

    @Override
    public Bot findBot(String enterpriseId, String teamId) {
        return serving(enterpriseId, teamId).orElse(null);
    }

    @Override
    public Installer findInstaller(String enterpriseId, String teamId, String userId) {
        return installations.findInstaller(enterpriseId, teamId, userId);
    }

    @Override
    public void deleteAll(String enterpriseId, String teamId) {
        installations.deleteAll(enterpriseId, teamId);
        forget();
    }
}
