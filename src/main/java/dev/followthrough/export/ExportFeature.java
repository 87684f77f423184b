package dev.followthrough.export;

import dev.followthrough.platform.http.HttpServer;
import dev.followthrough.platform.slack.SlackPlatform;
import dev.followthrough.platform.slack.Subcommand;
import dev.followthrough.platform.workspace.ForgetsATeam;
import dev.followthrough.user.PlainNames;
import dev.followthrough.user.UserProfiles;
import java.net.URI;
import java.time.Clock;
import java.util.Optional;
import java.util.Set;
import org.jdbi.v3.core.Jdbi;

/**
 * A user's whole ledger as a CSV download: {@code /promise export} gives them a link of their own
 * (it needs {@code PUBLIC_URL}), revocable; the file is served under {@code /export/}.
 */
public final class ExportFeature {

    private final ExportLinks links;
    private final ExportServlet servlet;

    private ExportFeature(ExportLinks links, ExportServlet servlet) {
        this.links = links;
        this.servlet = servlet;
    }

    public static ExportFeature register(
            SlackPlatform slack,
            Jdbi jdbi,
            Optional<URI> publicUrl,
            UserProfiles profiles,
            PlainNames names,
            Clock clock) {
        var links = new ExportLinks(jdbi, publicUrl);
        slack.app().blockAction(ExportAnswers.REVOKE, new RevokeButton(links, slack)::press);
        return new ExportFeature(links, new ExportServlet(links, new LedgerFile(jdbi, names), profiles, clock));
    }

    /** {@code /promise export} and {@code /promise export revoke}; any other text after the word goes to {@code otherwise}. */
    public Subcommand command(Subcommand otherwise) {
        return new ExportCommand(links, otherwise);
    }

    /** Serves the ledger files; before the server starts. */
    public void serveOn(HttpServer http) {
        http.serve(ExportServlet.MOUNT + "/*", servlet);
    }

    /** Forgets a workspace's ledger links: they stop answering. */
    public static ForgetsATeam forgetting(Jdbi jdbi) {
        return ForgetsATeam.inStore(jdbi, ExportLinkStore.class, Set.of("ledger_exports"), ExportLinkStore::forgetSome);
    }
}
