package dev.followthrough.calendar;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.zone.ZoneOffsetTransition;
import java.util.Locale;

/**
 * A VTIMEZONE for a zone, written from java.time's rules: every offset change in the years the
 * events fall in, plus the one in force when those years begin. Explicit transitions rather than
 * RRULEs: longer, but exactly what the JDK knows, with no rule to get wrong.
 */
final class TimeZoneComponent {

    private static final DateTimeFormatter SHORT_NAME = DateTimeFormatter.ofPattern("zzz", Locale.US);

    private TimeZoneComponent() {}

    static void write(ContentLines lines, ZoneId zone, int firstYear, int lastYear) {
        var rules = zone.getRules();
        // A day either side: an event early on 1 January local time can still be 31 December in UTC.
        var from = LocalDate.of(firstYear, 1, 1)
                .atStartOfDay(ZoneOffset.UTC)
                .minusDays(1)
                .toInstant();
        var until = LocalDate.of(lastYear + 1, 1, 1)
                .atStartOfDay(ZoneOffset.UTC)
                .plusDays(1)
                .toInstant();
        lines.add("BEGIN", "VTIMEZONE").add("TZID", zone.getId());
        var inForce = rules.previousTransition(from);
        if (inForce == null) {
            // Never changed (UTC): one observance from the start of time.
            var offset = rules.getOffset(from);
            lines.add("BEGIN", "STANDARD")
                    .add("DTSTART", "19700101T000000")
                    .add("TZOFFSETFROM", offset(offset))
                    .add("TZOFFSETTO", offset(offset))
                    .add("END", "STANDARD");
        } else {
            observance(lines, zone, inForce);
        }
        var next = rules.nextTransition(inForce == null ? from : inForce.getInstant());
        while (next != null && next.getInstant().isBefore(until)) {
            observance(lines, zone, next);
            next = rules.nextTransition(next.getInstant());
        }
        lines.add("END", "VTIMEZONE");
    }

    private static void observance(ContentLines lines, ZoneId zone, ZoneOffsetTransition transition) {
        Instant at = transition.getInstant();
        var kind = zone.getRules().isDaylightSavings(at) ? "DAYLIGHT" : "STANDARD";
        lines.add("BEGIN", kind)
                // The local time the change happens at, read on the clock as it was before.
                .add("DTSTART", ContentLines.local(transition.getDateTimeBefore()))
                .add("TZOFFSETFROM", offset(transition.getOffsetBefore()))
                .add("TZOFFSETTO", offset(transition.getOffsetAfter()))
                .addText("TZNAME", SHORT_NAME.format(at.atZone(zone)))
                .add("END", kind);
    }

    /** "+0100", "-0430", or "+053328" for the odd historical offset with seconds. */
    static String offset(ZoneOffset offset) {
        var total = offset.getTotalSeconds();
        var sign = total < 0 ? "-" : "+";
        var seconds = Math.abs(total);
        var text = String.format(Locale.ROOT, "%s%02d%02d", sign, seconds / 3600, seconds / 60 % 60);
        return seconds % 60 == 0 ? text : text + String.format(Locale.ROOT, "%02d", seconds % 60);
    }
}
