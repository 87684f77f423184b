package dev.followthrough.deadline;

import java.time.LocalDate;
import java.time.LocalTime;

/**
 * A time of day as read. {@code midnight} is the end of the day it is attached to ("Friday
 * midnight" is the night from Friday to Saturday); {@code endOfDay} marks "EOD", whose meaning
 * for today never rolls over to tomorrow.
 */
record ClockTime(LocalTime time, boolean midnight, boolean endOfDay) {

    static ClockTime of(LocalTime time) {
        return new ClockTime(time, false, false);
    }

    static ClockTime ofMidnight() {
        return new ClockTime(LocalTime.MIDNIGHT, true, false);
    }

    static ClockTime ofEndOfDay(LocalTime endOfDay) {
        return new ClockTime(endOfDay, false, true);
    }

    /**
     * The last instant this time names on {@code date}, so "is it still ahead?" holds while any
     * reading of a time the clocks repeat is; {@link #readings} gives them all.
     */
    java.time.Instant on(LocalDate date, Moment moment) {
        java.util.List<java.time.Instant> readings = readings(date, moment);
        return readings.get(readings.size() - 1);
    }

    /** Every instant this time names on {@code date}: two at a DST change (see {@link Moment#readings}). */
    java.util.List<java.time.Instant> readings(LocalDate date, Moment moment) {
        return moment.readings(wallDate(date), time);
    }

    /** The calendar day the wall time falls on: midnight is the start of the next. */
    LocalDate wallDate(LocalDate date) {
        return midnight ? date.plusDays(1) : date;
    }
}
