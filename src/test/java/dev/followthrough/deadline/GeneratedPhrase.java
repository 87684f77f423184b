package dev.followthrough.deadline;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.MonthDay;
import java.time.ZoneId;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.Optional;

/**
 * A promise built from parts, as the firm-deadline property generates it: a task, a day, a time, maybe a zone word,
 * in one of the orders people type them, said at {@code now} by an owner in {@code owner}'s zone.
 */
record GeneratedPhrase(
        String task,
        Day day,
        Time time,
        Optional<ZoneLexicon.ZoneWord> zoneWord,
        Order order,
        ZoneId owner,
        Locale locale,
        Instant now) {

    enum DayKind {
        TODAY,
        TOMORROW,
        WEEKDAY,
        WEEKDAY_NEXT_WEEK,
        DATE
    }

    /** The day named: a weekday for the weekday kinds, a month and day for a date. */
    record Day(DayKind kind, DayOfWeek weekday, MonthDay date) {

        String words(Locale locale) {
            String weekdayName = weekday.getDisplayName(TextStyle.FULL, Locale.ENGLISH);
            String month = date.getMonth().getDisplayName(TextStyle.SHORT, Locale.ENGLISH);
            if (kind == DayKind.TODAY) {
                return "today";
            }
            if (kind == DayKind.TOMORROW) {
                return "tomorrow";
            }
            if (kind == DayKind.WEEKDAY) {
                return weekdayName;
            }
            if (kind == DayKind.WEEKDAY_NEXT_WEEK) {
                return weekdayName + " next week";
            }
            return locale.getCountry().equals("US")
                    ? month + " " + date.getDayOfMonth()
                    : date.getDayOfMonth() + " " + month;
        }
    }

    /** The wall-clock time named, and how it was written ("2pm", "2:30 pm", "14:30", "noon"). */
    record Time(String words, LocalTime wallClock) {}

    enum Order {
        DAY_TIME_ZONE,
        TIME_ZONE_DAY,
        TIME_DAY_ZONE,
        BY_DAY_AT_TIME_ZONE
    }

    /** The zone the phrase names, or the owner's when it names none. */
    ZoneId zone() {
        return zoneWord.map(ZoneLexicon.ZoneWord::zone).orElse(owner);
    }

    String text() {
        String dayWords = day.words(locale);
        String zoneWords = zoneWord.map(word -> " " + word.words()).orElse("");
        if (order == Order.TIME_ZONE_DAY) {
            return task + " by " + time.words() + zoneWords + " " + dayWords;
        }
        if (order == Order.TIME_DAY_ZONE) {
            return task + " " + time.words() + " " + dayWords + zoneWords;
        }
        if (order == Order.BY_DAY_AT_TIME_ZONE) {
            return task + " by " + dayWords + " at " + time.words() + zoneWords;
        }
        return task + " " + dayWords + " " + time.words() + zoneWords;
    }

    @Override
    public String toString() {
        return "\"" + text() + "\" at " + now.atZone(owner).toLocalDateTime() + " in " + owner + " ("
                + locale.toLanguageTag() + "), read in " + zone();
    }
}
