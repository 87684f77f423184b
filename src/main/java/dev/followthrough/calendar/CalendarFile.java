package dev.followthrough.calendar;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An iCalendar object (RFC 5545) holding holds: times in each event's zone with a VTIMEZONE for
 * it, so a calendar shows "2:00 PM New York" and keeps it right across a daylight-saving change.
 */
final class CalendarFile {

    static final String MEDIA_TYPE = "text/calendar; charset=utf-8";

    private CalendarFile() {}

    /**
     * @param name the calendar's name, for a subscribed feed
     * @param stamp when this copy was made (DTSTAMP)
     */
    static String of(List<Hold> holds, Optional<String> name, Instant stamp) {
        var lines = new ContentLines()
                .add("BEGIN", "VCALENDAR")
                .add("PRODID", "-//Followthrough//Calendar holds//EN")
                .add("VERSION", "2.0")
                .add("CALSCALE", "GREGORIAN")
                .add("METHOD", "PUBLISH");
        name.ifPresent(calendarName -> lines.addText("X-WR-CALNAME", calendarName)
                // Subscribed calendars re-read the feed about this often (RFC 7986, and Outlook's own).
                .add("REFRESH-INTERVAL;VALUE=DURATION", "PT1H")
                .add("X-PUBLISHED-TTL", "PT1H"));
        yearsByZone(holds).forEach((zone, years) -> TimeZoneComponent.write(lines, zone, years[0], years[1]));
        holds.forEach(hold -> event(lines, hold, stamp));
        return lines.add("END", "VCALENDAR").toString();
    }

    private static void event(ContentLines lines, Hold hold, Instant stamp) {
        lines.add("BEGIN", "VEVENT")
                .add("UID", hold.uid())
                .addUtc("DTSTAMP", stamp)
                .addUtc("LAST-MODIFIED", hold.lastModified())
                .add("SEQUENCE", Integer.toString(hold.sequence()));
        time(lines, "DTSTART", hold.start(), hold.zone());
        time(lines, "DTEND", hold.end(), hold.zone());
        lines.addText("SUMMARY", hold.summary())
                .addText("DESCRIPTION", hold.description())
                .add("STATUS", hold.cancelled() ? "CANCELLED" : "CONFIRMED")
                .add("TRANSP", hold.busy() ? "OPAQUE" : "TRANSPARENT")
                .add("END", "VEVENT");
    }

    private static void time(ContentLines lines, String name, Instant instant, ZoneId zone) {
        if (hasNamedRules(zone)) {
            lines.add(
                    name + ";TZID=" + zone.getId(),
                    ContentLines.local(instant.atZone(zone).toLocalDateTime()));
        } else {
            lines.addUtc(name, instant);
        }
    }

    /** A bare offset ("+02:00") has no rules worth a VTIMEZONE: its times are written in UTC. */
    private static boolean hasNamedRules(ZoneId zone) {
        return !(zone instanceof ZoneOffset);
    }

    /** Each zone the holds are in, with the first and last year they fall in there. */
    private static Map<ZoneId, int[]> yearsByZone(List<Hold> holds) {
        var years = new LinkedHashMap<ZoneId, int[]>();
        for (var hold : holds) {
            if (!hasNamedRules(hold.zone())) {
                continue;
            }
            var first = hold.start().atZone(hold.zone()).getYear();
            var last = hold.end().atZone(hold.zone()).getYear();
            years.merge(hold.zone(), new int[] {first, last}, (known, more) ->
                    new int[] {Math.min(known[0], more[0]), Math.max(known[1], more[1])});
        }
        return years;
    }
}
