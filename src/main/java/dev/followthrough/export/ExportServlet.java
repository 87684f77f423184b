package dev.followthrough.export;

import dev.followthrough.commitment.CommitmentHistory;
import dev.followthrough.user.UserProfile;
import dev.followthrough.user.UserProfiles;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code GET /export/{team}/{user}/{token}.csv}: the user's whole ledger, as a file. The token is
 * the only key: anything wrong is a plain 404, so a URL never confirms that a user exists.
 */
final class ExportServlet extends HttpServlet {

    private static final Logger log = LoggerFactory.getLogger(ExportServlet.class);

    static final String MOUNT = "/export";
    static final String MEDIA_TYPE = "text/csv; charset=utf-8";
    static final String NOT_FOUND =
            "No ledger here. The link may have been revoked: /promise export in Slack makes a new one.\n";
    static final String AWAY = "Your ledger can't be read right now. Try the link again in a minute.\n";

    private static final Pattern LEDGER =
            Pattern.compile("/([A-Za-z0-9]{1,40})/([A-Za-z0-9]{1,40})/([A-Za-z0-9_-]{1,100})\\.csv");

    private final transient ExportLinks links;
    private final transient LedgerFile file;
    private final transient UserProfiles profiles;
    private final transient Clock clock;

    ExportServlet(ExportLinks links, LedgerFile file, UserProfiles profiles, Clock clock) {
        this.links = links;
        this.file = file;
        this.profiles = profiles;
        this.clock = clock;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        // The URL is the secret, and the file is a person's whole record: nothing keeps a copy.
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("X-Content-Type-Options", "nosniff");
        var path = LEDGER.matcher(request.getPathInfo() == null ? "" : request.getPathInfo());
        List<CommitmentHistory> first;
        String teamId;
        String userId;
        try {
            if (!path.matches() || !links.admits(path.group(1), path.group(2), path.group(3))) {
                plain(response, HttpServletResponse.SC_NOT_FOUND, NOT_FOUND);
                return;
            }
            teamId = path.group(1);
            userId = path.group(2);
            first = file.firstPage(teamId, userId);
        } catch (RuntimeException databaseAway) {
            log.warn("A ledger download could not read the database", databaseAway);
            plain(response, HttpServletResponse.SC_SERVICE_UNAVAILABLE, AWAY);
            return;
        }
        var zone = profiles.lookup(teamId, userId).map(UserProfile::zone).orElse(ZoneOffset.UTC);
        var now = clock.instant();
        response.setStatus(HttpServletResponse.SC_OK);
        response.setHeader("Content-Type", MEDIA_TYPE);
        response.setHeader(
                "Content-Disposition",
                "attachment; filename=\"followthrough-ledger-"
                        + now.atZone(zone).toLocalDate() + ".csv\"");
        var out = new BufferedWriter(new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8));
        try {
            file.write(out, teamId, userId, zone, now, first);
            out.flush();
        } catch (RuntimeException partWay) {
            // The answer has begun: the connection is cut, so the file arrives broken, never short.
            log.warn("A ledger download stopped part way for {} in {}", userId, teamId, partWay);
            throw partWay;
        }
    }

    private static void plain(HttpServletResponse response, int status, String body) throws IOException {
        response.setStatus(status);
        response.setContentType("text/plain; charset=utf-8");
        response.getWriter().write(body);
    }
}
