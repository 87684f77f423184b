package dev.followthrough.deadline;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;

/**
 * When a recurring promise falls due: on its rule's days, at one wall time in one zone. Each
 * occurrence is that local time on its day, so a DST change moves no occurrence's local time; a
 * time the clocks skip that day is the first one after the jump. {@code anchor} is the first
 * occurrence's day; {@code phrase} the recurrence's words as typed.
 */
public record Schedule(Recurrence rule, LocalTime time, ZoneId zone, LocalDate anchor, String phrase) {

    /** The first day the rule falls on, today or later, whose time is still ahead of {@code now}. */
    static Schedule starting(Recurrence rule, LocalTime time, ZoneId zone, Instant now, String phrase) {
        var day = now.atZone(zone).toLocalDate();
        for (int step = 0; step < 800; step++, day = day.plusDays(1)) {
            // The first occurrence anchors the series: "every other Tuesday" counts from it.
            if (rule.falls(day, day) && dueOn(day, time, zone).isAfter(now)) {
                return new Schedule(rule, time, zone, day, phrase);
            }
        }
        throw new IllegalStateException(rule.stored() + " falls on no day ahead of " + now);
    }

    /** A stored schedule read back; empty when its rule is not one this version knows. */
    public static Optional<Schedule> of(
            String storedRule, LocalTime time, ZoneId zone, LocalDate anchor, String phrase) {
        return Recurrence.fromStored(storedRule).map(rule -> new Schedule(rule, time, zone, anchor, phrase));
    }

    /** The instant the occurrence on {@code day} is due. */
    public Instant dueOn(LocalDate day) {
        return dueOn(day, time, zone);
    }

    /** The occurrence after the one on {@code day}. */
    public LocalDate after(LocalDate day) {
        return rule.after(day, anchor);
    }

    /**
     * The first occurrence after the one on {@code day} that is still ahead of {@code now}: after a
     * long outage the occurrences that passed meanwhile are not made up, the next one to come is.
     */
    public LocalDate nextAhead(LocalDate day, Instant now) {
        var next = after(day);
        for (int step = 0; step < 2000 && !dueOn(next).isAfter(now); step++) {
            next = after(next);
        }
        return next;
    }

    /** "every Friday at 5:00 PM", in the owner's locale. */
    public String describe(Locale locale) {
        return rule.describe() + " at "
                + DateTimeFormatter.ofPattern("h:mm a", locale).format(time);
    }

    /** "Fri 4 Dec", in the owner's locale. */
    public static String day(LocalDate day, Locale locale) {
        return DateTimeFormatter.ofPattern("EEE d MMM", locale).format(day);
    }

    private static Instant dueOn(LocalDate day, LocalTime time, ZoneId zone) {
        return ZonedDateTime.of(day, time, zone).toInstant();
    }
}
