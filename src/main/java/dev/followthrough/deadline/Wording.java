package dev.followthrough.deadline;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Month;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.Optional;

/** The sentences a refusal is made of: what was wrong and what to type instead. */
final class Wording {

    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("h:mm a", Locale.US);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE MMM d, uuuu", Locale.US);

    static final String EXAMPLE = "\"send Acme the revised proposal by Fri 2pm\"";

    private Wording() {}

    static String emptyTask() {
        return "Say what you promised, e.g. " + EXAMPLE + ".";
    }

    static String timePassed(ZonedDateTime when, Moment moment) {
        String day = when.toLocalDate().equals(moment.today()) ? "today" : DAY.format(when);
        return "That time has already passed (" + day + " " + CLOCK.format(when)
                + "). Give a time that's still ahead, like " + laterToday(moment) + "\"tomorrow 10am\".";
    }

    static String datePassed(LocalDate date) {
        return "That date has already passed (" + DAY.format(date)
                + "). Give a day that's still ahead, like \"tomorrow\" or \"Friday\".";
    }

    static String endOfDayPassed(Moment moment) {
        return "Today's end of day (" + CLOCK.format(moment.hours().endOfDay())
                + ") has already passed. Say \"tomorrow\" or \"EOD tomorrow\" instead.";
    }

    static String gone(String name) {
        return name + " has already passed. Give a day that's still ahead, like \"tomorrow\" or \"Friday\".";
    }

    static String noSuchDay(int month, int day) {
        if (month < 1 || month > 12) {
            return "There's no month " + month + ". Write the date like \"Dec 3\" or \"2026-12-03\".";
        }
        return "There's no " + monthName(month) + " " + day + ". "
                + lastDayExample(month, Month.of(month).minLength());
    }

    static String noSuchDayIn(int month, int day, int year) {
        return "There's no " + monthName(month) + " " + day + " in " + year + ". "
                + lastDayExample(month, Month.of(month).length(java.time.Year.isLeap(year)));
    }

    /** "Give a day it has, like "Feb 28"": a day every year has, so the example is never refused itself. */
    private static String lastDayExample(int month, int last) {
        String shortName = Month.of(month).getDisplayName(TextStyle.SHORT, Locale.US);
        return "Give a day it has, like \"" + shortName + " " + last + "\".";
    }

    static String noSuchDayOfMonth(int day) {
        return "No month has a day " + day + ". Give a day from 1 to 31, like \"the 15th\".";
    }

    static String noSuchDate(String typed) {
        return "There's no such date as " + typed + ". Write it like \"Dec 3\" or \"2026-12-03\".";
    }

    private static String monthName(int month) {
        return Month.of(month).getDisplayName(TextStyle.FULL, Locale.US);
    }

    /** Suggests a time later today only while one is left, so the example never fails itself. */
    private static String laterToday(Moment moment) {
        int hour = Math.max(moment.now().getHour() + 2, 16);
        if (hour > 21) {
            return "";
        }
        LocalTime time = LocalTime.of(hour, 0);
        String typed = DateTimeFormatter.ofPattern("ha", Locale.US).format(time).toLowerCase(Locale.ROOT);
        return "\"today " + typed + "\" or ";
    }

    static String noSuchTime(String typed) {
        return "There's no such time as " + typed + ": hours go up to 23 and minutes up to 59."
                + " Give a real time, like \"11:30pm\" or \"23:30\".";
    }

    static String mixedClock(String typed, LocalTime meant) {
        String twelveHour = DateTimeFormatter.ofPattern(meant.getMinute() == 0 ? "ha" : "h:mma", Locale.US)
                .format(meant)
                .toLowerCase(Locale.ROOT);
        return "\"" + typed + "\" mixes the 24-hour clock with am/pm. Say \"" + twelveHour + "\" or \""
                + DateTimeFormatter.ofPattern("HH:mm").format(meant) + "\" instead.";
    }

    /** {@code instead}: the same amount ahead ("in 2 hours"), when it reads as a deadline itself. */
    static String inThePast(String typed, Optional<String> instead) {
        return "\"" + typed + "\" is in the past, and a promise needs a deadline still ahead. Say something like "
                + instead.map(ahead -> "\"" + ahead + "\" or ").orElse("") + "\"tomorrow 10am\".";
    }

    /** "This morning is already over (it's 4:30 PM)." */
    static String partOfDayOver(String part, Moment moment) {
        String tomorrow = "\"tomorrow " + part + "\"";
        return "This " + part + " is already over (it's " + CLOCK.format(moment.now()) + "). Say " + tomorrow
                + " or give a time that's still ahead, like \"tomorrow 10am\".";
    }
}
