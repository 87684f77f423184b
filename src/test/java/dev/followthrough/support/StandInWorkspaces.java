package dev.followthrough.support;

import dev.followthrough.support.SlackStandIn.Workspace;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The workspaces the stand-in knows, by bot token. Opt-in: until a workspace is registered every
 * token not explicitly refused gets today's single-workspace answers, so the suite's one default
 * token keeps working.
 */
final class StandInWorkspaces {

    /** What the stand-in makes of a call's token. */
    sealed interface Lookup permits Unregistered, Known, Refused {}

    /** Nothing registered: answer as the single default workspace. */
    record Unregistered() implements Lookup {}

    record Known(Workspace workspace) implements Lookup {}

    /** Slack's error for this token: {@code invalid_auth}, {@code token_revoked}, {@code token_expired}. */
    record Refused(String error) implements Lookup {}

    private static final Lookup UNREGISTERED = new Unregistered();

    private final Map<String, Workspace> byToken = new ConcurrentHashMap<>();
    private final Map<String, String> refusedTokens = new ConcurrentHashMap<>();
    // Stays on when the last token is refused, so an uninstalled workspace's callers aren't
    // suddenly answered as the default workspace; a refusal alone (no registration) doesn't turn it on.
    private volatile boolean on;

    void add(String botToken, Workspace workspace) {
        byToken.put(botToken, workspace);
        refusedTokens.remove(botToken);
        on = true;
    }

    void refuse(String botToken, String error) {
        // Refused first: a lookup in between sees the refusal, never an unknown token.
        refusedTokens.put(botToken, error);
        byToken.remove(botToken);
    }

    /** Every token of the workspace (or org-wide install) named, e.g. after an uninstall. */
    void refuseAllOf(String teamOrEnterpriseId, String error) {
        byToken.forEach((token, workspace) -> {
            if (teamOrEnterpriseId.equals(workspace.teamId())
                    || (workspace.enterpriseInstall() && teamOrEnterpriseId.equals(workspace.enterpriseId()))) {
                refuse(token, error);
            }
        });
    }

    boolean isOn() {
        return on;
    }

    Lookup lookup(String token) {
        if (token != null && refusedTokens.containsKey(token)) {
            return new Refused(refusedTokens.get(token));
        }
        if (!isOn()) {
            return UNREGISTERED;
        }
        if (token == null || token.isEmpty()) {
            return new Refused("not_authed");
        }
        var workspace = byToken.get(token);
        return workspace == null ? new Refused("invalid_auth") : new Known(workspace);
    }

    /** The tokens that currently work for a workspace installed on its own. */
    List<String> tokensOf(String teamId) {
        return byToken.entrySet().stream()
                .filter(entry -> teamId.equals(entry.getValue().teamId()))
                .map(Map.Entry::getKey)
                .toList();
    }

    /** The install that acts in a workspace: its own first, else its enterprise's org-wide one. */
    Optional<Workspace> installedIn(String enterpriseId, String teamId) {
        var own = byToken.values().stream()
                .filter(workspace -> teamId != null && teamId.equals(workspace.teamId()))
                .findFirst();
        if (own.isPresent() || enterpriseId == null) {
            return own;
        }
        return byToken.values().stream()
                .filter(workspace -> workspace.enterpriseInstall() && enterpriseId.equals(workspace.enterpriseId()))
                .findFirst();
    }

    void clear() {
        on = false;
        byToken.clear();
        refusedTokens.clear();
    }
}
