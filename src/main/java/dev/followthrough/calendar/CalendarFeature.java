package dev.followthrough.calendar;

import dev.followthrough.ledger.Ledger;
import dev.followthrough.platform.http.HttpServer;
import dev.followthrough.platform.slack.SlackPlatform;
import dev.followthrough.platform.workspace.ForgetsATeam;
import dev.followthrough.user.PlainNames;
import java.net.URI;
import java.time.Clock;
import java.util.Optional;
import java.util.Set;
import org.jdbi.v3.core.Jdbi;

/**
 * Calendar holds: hard commitments offered as calendar events (a Google Calendar link and an
 * {@code .ics} file per commitment) and a per-user feed a calendar subscribes to. The files are
 * served under {@code /calendar/}; links in messages need {@code PUBLIC_URL}.
 */
public final class CalendarFeature {

    /** The name of the server secret that signs commitment links, in {@code app_secrets}. */
    static final String SECRET_NAME = "calendar_links";

    private final CalendarLinks links;
    private final CalendarFeeds feeds;
    private final CalendarServlet servlet;

    private CalendarFeature(CalendarLinks links, CalendarFeeds feeds, CalendarServlet servlet) {
        this.links = links;
        this.feeds = feeds;
        this.servlet = servlet;
    }

    public static CalendarFeature register(
            SlackPlatform slack, Jdbi jdbi, Ledger ledger, Optional<URI> publicUrl, PlainNames names, Clock clock) {
        var tokens = new LinkTokens(AppSecrets.named(jdbi, SECRET_NAME));
        var feeds = new CalendarFeeds(jdbi, publicUrl);
        var servlet = new CalendarServlet(new CalendarFiles(ledger, tokens, feeds, names, clock));
        slack.app().blockAction(CalendarBlocks.ADD_TO_CALENDAR, (request, context) -> context.ack());
        return new CalendarFeature(new CalendarLinks(publicUrl, tokens, names), feeds, servlet);
    }

    /** Serves the calendar files; before the server starts. */
    public void serveOn(HttpServer http) {
        http.serve(CalendarServlet.MOUNT + "/*", servlet);
    }

    public CalendarLinks links() {
        return links;
    }

    public CalendarFeeds feeds() {
        return feeds;
    }

    /** Forgets a workspace's calendar feed tokens: its feeds stop answering. */
    public static ForgetsATeam forgetting(Jdbi jdbi) {
        return ForgetsATeam.inStore(jdbi, FeedTokenStore.class, Set.of("calendar_feeds"), FeedTokenStore::forgetSome);
    }
}
