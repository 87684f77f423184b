package dev.followthrough.calendar;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * {@code GET /calendar/c/{id}/{token}.ics} (one commitment) and {@code GET
 * /calendar/u/{team}/{user}/{token}.ics} (a user's feed). The token is the only key: anything
 * wrong is a plain 404, so a URL never confirms that a commitment or user exists.
 */
final class CalendarServlet extends HttpServlet {

    static final String MOUNT = "/calendar";

    private static final Pattern COMMITMENT = Pattern.compile("/c/(\\d{1,18})/([A-Za-z0-9_-]{1,100})\\.ics");
    private static final Pattern FEED =
            Pattern.compile("/u/([A-Za-z0-9]{1,40})/([A-Za-z0-9]{1,40})/([A-Za-z0-9_-]{1,100})\\.ics");

    private final transient CalendarFiles files;

    CalendarServlet(CalendarFiles files) {
        this.files = files;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        var path = request.getPathInfo() == null ? "" : request.getPathInfo();
        Optional<String> body = Optional.empty();
        var disposition = "inline; filename=\"followthrough.ics\"";
        var commitment = COMMITMENT.matcher(path);
        var feed = FEED.matcher(path);
        if (commitment.matches()) {
            body = files.commitment(Long.parseLong(commitment.group(1)), commitment.group(2));
            // Downloaded from a message: saved as a file the calendar app opens.
            disposition = "attachment; filename=\"promise-" + commitment.group(1) + ".ics\"";
        } else if (feed.matches()) {
            body = files.feed(feed.group(1), feed.group(2), feed.group(3));
        }
        // The URL is the secret: no shared cache keeps it, and a calendar always asks afresh.
        response.setHeader("Cache-Control", "private, no-cache");
        response.setHeader("X-Content-Type-Options", "nosniff");
        if (body.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        response.setContentType(CalendarFile.MEDIA_TYPE);
        response.setHeader("Content-Disposition", disposition);
        response.getWriter().write(body.get());
    }
}
