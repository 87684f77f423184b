package dev.followthrough.deadline;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;

/** Why a deadline has more than one reading, so the question can say so. */
public sealed interface Ambiguity {

    /** "next Friday": this week's or the one after. */
    record WhichDay() implements Ambiguity {}

    /** "3/4": 3 April or 4 March, where the owner's locale doesn't tell. */
    record DateOrder() implements Ambiguity {}

    /**
     * A wall time at a DST change: {@code gap} when it never happens (the clocks jump from {@code from}
     * to {@code to}), else it happens twice (they go back from {@code from} to {@code to}).
     */
    record ClockChange(LocalDate date, LocalTime time, ZoneId zone, boolean gap, LocalTime from, LocalTime to)
            implements Ambiguity {}

    /** "tomorrow 4pm ET" said where it is already another day than in {@code zone}. */
    record ZoneDay(ZoneId zone, LocalDate ownersDay, LocalDate zonesDay) implements Ambiguity {}

    static Ambiguity whichDay() {
        return new WhichDay();
    }

    /** "New York" for America/New_York, "UTC+02:00" for an offset. */
    static String placeOf(ZoneId zone) {
        String id = zone.getId();
        if (id.equals("UTC") || id.equals("Z")) {
            return "UTC";
        }
        if (id.startsWith("+") || id.startsWith("-")) {
            return "UTC" + id;
        }
        int slash = id.lastIndexOf('/');
        return id.substring(slash + 1).replace('_', ' ');
    }
}
