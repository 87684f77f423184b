package dev.followthrough.calendar;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * Google Calendar's "create event" page prefilled with a hold: times in UTC, shown in the owner's
 * zone ({@code ctz}).
 */
final class GoogleCalendarLink {

    /** Slack refuses a button or menu option whose URL is longer. */
    static final int MAXIMUM_LENGTH = 3000;

    private static final String BASE = "https://calendar.google.com/calendar/render?action=TEMPLATE";

    private GoogleCalendarLink() {}

    static URI of(Hold hold) {
        var summary = hold.summary();
        var details = hold.description();
        var link = build(hold, summary, details);
        // A long promise (up to 1000 characters, each up to 9 once encoded) is cut, details first.
        while (link.length() > MAXIMUM_LENGTH && !details.isEmpty()) {
            details = shorter(details);
            link = build(hold, summary, details);
        }
        while (link.length() > MAXIMUM_LENGTH) {
            summary = shorter(summary);
            link = build(hold, summary, details);
        }
        return URI.create(link);
    }

    private static String build(Hold hold, String summary, String details) {
        return BASE + "&text=" + encode(summary) + "&dates=" + ContentLines.utc(hold.start()) + "/"
                + ContentLines.utc(hold.end()) + (details.isEmpty() ? "" : "&details=" + encode(details))
                + "&ctz=" + encode(hold.zone().getId());
    }

    /** About four fifths as long, cut between characters, ending in an ellipsis. */
    private static String shorter(String text) {
        var keep = text.codePointCount(0, text.length()) * 4 / 5 - 1;
        if (keep <= 0) {
            return "";
        }
        return text.substring(0, text.offsetByCodePoints(0, keep)) + "…";
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
