package dev.followthrough.deadline;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.Optional;

/** The periods whose ends people promise by: a week (Monday to Sunday), a month, a calendar quarter, half and year. */
enum CalendarPeriod {
    WEEK("week", 0),
    MONTH("month", 1),
    QUARTER("quarter", 3),
    HALF("half", 6),
    YEAR("year", 12);

    private final String word;
    private final int months;

    CalendarPeriod(String word, int months) {
        this.word = word;
        this.months = months;
    }

    String word() {
        return word;
    }

    static Optional<CalendarPeriod> named(String norm) {
        if (norm.equals("qtr")) {
            return Optional.of(QUARTER);
        }
        if (norm.equals("yr")) {
            return Optional.of(YEAR);
        }
        for (CalendarPeriod period : values()) {
            if (period.word.equals(norm)) {
                return Optional.of(period);
            }
        }
        return Optional.empty();
    }

    /** The last calendar day of the period holding {@code date}. */
    LocalDate lastDay(LocalDate date) {
        if (this == WEEK) {
            return date.with(DayOfWeek.SUNDAY);
        }
        int lastMonth = ((date.getMonthValue() - 1) / months + 1) * months;
        return date.withDayOfMonth(1).withMonth(lastMonth).with(TemporalAdjusters.lastDayOfMonth());
    }

    /** The same place {@code count} periods later. */
    LocalDate later(LocalDate date, int count) {
        return this == WEEK ? date.plusWeeks(count) : date.plusMonths((long) months * count);
    }

    /** Whether {@code date} falls in the same period as {@code period}. */
    boolean holds(LocalDate period, LocalDate date) {
        return lastDay(period).equals(lastDay(date));
    }
}
