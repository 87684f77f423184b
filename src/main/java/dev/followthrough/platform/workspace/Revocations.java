package dev.followthrough.platform.workspace;

import com.slack.api.app_backend.events.payload.Authorization;
import com.slack.api.app_backend.events.payload.EventsApiPayload;
import com.slack.api.bolt.context.builtin.EventContext;
import com.slack.api.bolt.response.Response;
import com.slack.api.bolt.service.InstallationService;
import com.slack.api.model.event.AppUninstalledEvent;
import com.slack.api.model.event.TokensRevokedEvent;
import dev.followthrough.platform.slack.RequestLedger;
import dev.followthrough.platform.slack.SlackPlatform;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code app_uninstalled} and {@code tokens_revoked}, through POST /slack/events: sending to the
 * workspace stops before the ack (so a database fault makes Slack deliver the event again), its
 * tokens are deleted, and with a retention of zero days its data goes right after. A redelivered
 * event is recognised by its event_id and changes nothing.
 */
public final class Revocations {

    private static final Logger log = LoggerFactory.getLogger(Revocations.class);

    private final SlackPlatform slack;
    private final Jdbi jdbi;
    private final RequestLedger requests;
    private final WorkspaceStanding standing;
    private final Optional<InstallationService> installations;
    private final ForgetUninstalledWorkspaces retention;

    private Revocations(
            SlackPlatform slack,
            Jdbi jdbi,
            RequestLedger requests,
            WorkspaceStanding standing,
            Optional<InstallationService> installations,
            ForgetUninstalledWorkspaces retention) {
        this.slack = slack;
        this.jdbi = jdbi;
        this.requests = requests;
        this.standing = standing;
        this.installations = installations;
        this.retention = retention;
    }

    /**
     * Listens for both events. {@code installations} holds the tokens to delete (none in
     * single-workspace mode, where the token is SLACK_BOT_TOKEN itself).
     */
    public static void register(
            SlackPlatform slack,
            Jdbi jdbi,
            RequestLedger requests,
            WorkspaceStanding standing,
            Optional<InstallationService> installations,
            ForgetUninstalledWorkspaces retention) {
        var revocations = new Revocations(slack, jdbi, requests, standing, installations, retention);
        slack.app().event(AppUninstalledEvent.class, revocations::uninstalled);
        slack.app().event(TokensRevokedEvent.class, revocations::revoked);
    }

    private Response uninstalled(EventsApiPayload<AppUninstalledEvent> payload, EventContext context) {
        var affected = affected(payload, context);
        var happenedAt = happenedAt(payload);
        var uninstalled = jdbi.inTransaction(handle -> {
            if (!firstDelivery(handle, payload)) {
                return List.<String>of();
            }
            return standing.uninstalled(handle, affected, happenedAt);
        });
        if (!uninstalled.isEmpty()) {
            // After the commit: a rollback above leaves the tokens for Slack's redelivery to find.
            installations.ifPresent(service -> deleteAll(service, affected));
            if (retention.atOnce()) {
                slack.afterAck("forgetting an uninstalled workspace at once", retention);
            }
        }
        return context.ack();
    }

    private Response revoked(EventsApiPayload<TokensRevokedEvent> payload, EventContext context) {
        var affected = affected(payload, context);
        var tokens = payload.getEvent().getTokens();
        var users = tokens == null || tokens.getOauth() == null ? List.<String>of() : tokens.getOauth();
        var bots = tokens == null || tokens.getBot() == null ? List.<String>of() : tokens.getBot();
        var first = jdbi.inTransaction(handle -> {
            if (!firstDelivery(handle, payload)) {
                return false;
            }
            if (!bots.isEmpty()) {
                // Without its bot token nothing can be sent; a user's token alone changes nothing here.
                standing.botTokenRevoked(handle, affected);
            }
            return true;
        });
        if (first) {
            installations.ifPresent(service -> deleteRevoked(service, affected, users, !bots.isEmpty()));
        }
        return context.ack();
    }

    /**
     * Claimed under no team: a workspace's own rows go with its data, and a redelivery after that
     * must still be recognised. Event ids are unique across the app's workspaces.
     */
    private boolean firstDelivery(Handle handle, EventsApiPayload<?> payload) {
        return requests.claim(handle, "", "event:" + payload.getEventId(), null);
    }

    private static void deleteAll(InstallationService service, WorkspaceStanding.Affected affected) {
        var enterpriseId = affected.enterpriseId().orElse(null);
        service.deleteAll(
                enterpriseId, affected.orgWide() ? null : affected.teamId().orElse(null));
        log.info("Deleted the tokens of {}", affected);
    }

    private static void deleteRevoked(
            InstallationService service, WorkspaceStanding.Affected affected, List<String> users, boolean bot) {
        var enterpriseId = affected.enterpriseId().orElse(null);
        var teamId = affected.orgWide() ? null : affected.teamId().orElse(null);
        try {
            for (var userId : users) {
                var installer = service.findInstaller(enterpriseId, teamId, userId);
                if (installer != null) {
                    service.deleteInstaller(installer);
                }
            }
            if (bot) {
                var found = service.findBot(enterpriseId, teamId);
                if (found != null) {
                    service.deleteBot(found);
                }
            }
        } catch (Exception failed) {
            throw new IllegalStateException("Could not delete the revoked tokens of " + affected, failed);
        }
    }

    /** Slack's envelope: an org-wide install's events name the organisation and say so in authorizations. */
    private static WorkspaceStanding.Affected affected(EventsApiPayload<?> payload, EventContext context) {
        var enterpriseId = Optional.ofNullable(payload.getEnterpriseId());
        var orgWide = enterpriseId.isPresent()
                && (context.isEnterpriseInstall()
                        || Optional.ofNullable(payload.getAuthorizations()).orElse(List.of()).stream()
                                .map(Authorization::getIsEnterpriseInstall)
                                .anyMatch(Boolean.TRUE::equals)
                        || payload.getTeamId() == null
                        || payload.getTeamId().equals(payload.getEnterpriseId()));
        var teamId = Optional.ofNullable(payload.getTeamId()).filter(team -> !team.equals(payload.getEnterpriseId()));
        return new WorkspaceStanding.Affected(enterpriseId, teamId, orgWide);
    }

    private static Optional<Instant> happenedAt(EventsApiPayload<?> payload) {
        return Optional.ofNullable(payload.getEventTime()).map(Instant::ofEpochSecond);
    }
}
