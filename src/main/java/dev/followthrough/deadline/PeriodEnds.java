package dev.followthrough.deadline;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Places the end of a period on the calendar: the end of the working day on its last working day.
 * Once this period's end has passed, a working day refuses it (the owner probably slipped); a
 * weekend or holiday reads it as the next period, as people say "end of week" on a Saturday.
 */
final class PeriodEnds {

    private static final String WEEK_OVER = "This week's last working day has already ended."
            + " Say \"end of next week\" or give a day, like \"Monday\".";
    private static final String MONTH_OVER = "This month's last working day has already ended."
            + " Say \"end of next month\" or give a date, like \"Dec 3\".";

    private static final DateTimeFormatter EXAMPLE_DAY = DateTimeFormatter.ofPattern("MMM d", Locale.US);

    private final Moment moment;
    private final ClockTime time;

    /** Ends at {@code time} on the last working day ("EOM at 3pm"); the end of the working day unless said. */
    PeriodEnds(Moment moment, ClockTime time) {
        this.moment = moment;
        this.time = time;
    }

    /** "EOW", "end of next quarter": the period {@code ahead} periods from today's. */
    Outcome current(CalendarPeriod period, int ahead) {
        LocalDate today = moment.today();
        Instant due = endOf(period, period.later(today, ahead));
        if (moment.isAhead(due)) {
            return Outcome.Pinned.at(due);
        }
        if (moment.isWorkingDay(today)) {
            return new Outcome.Refused(over(period));
        }
        return Outcome.Pinned.at(endOf(period, period.later(today, ahead + 1)));
    }

    /**
     * "end of Q2", "end of H1", "end of December", "by the end of 2027": {@code day} is a day in the
     * named period, this year's unless a year was typed. A named period already over is next
     * year's; today's own named period, once its end has passed, follows {@link #current}.
     */
    Outcome named(CalendarPeriod period, LocalDate day, boolean yearTyped) {
        Instant due = endOf(period, day);
        if (moment.isAhead(due)) {
            return Outcome.Pinned.at(due);
        }
        LocalDate today = moment.today();
        boolean todays = period.holds(day, today);
        if (yearTyped || (todays && moment.isWorkingDay(today))) {
            return new Outcome.Refused(todays ? over(period) : namedOver(period, day, nextWorkingDay()));
        }
        return Outcome.Pinned.at(endOf(period, day.plusYears(1)));
    }

    /** "this quarter", "next year": a soft promise aimed at that period's end, or the next one's once it has passed. */
    Outcome aimedAtEnd(CalendarPeriod period, int ahead) {
        LocalDate today = moment.today();
        Instant target = endOf(period, period.later(today, ahead));
        return Outcome.Vague.until(moment.isAhead(target) ? target : endOf(period, period.later(today, ahead + 1)));
    }

    /** "this weekend", "over the weekend": a soft promise aimed at the end of Sunday. */
    Outcome weekend() {
        LocalDate sunday = moment.today().with(DayOfWeek.SUNDAY);
        Instant target = moment.endOfDay(sunday);
        return Outcome.Vague.until(moment.isAhead(target) ? target : moment.endOfDay(sunday.plusWeeks(1)));
    }

    private Instant endOf(CalendarPeriod period, LocalDate day) {
        return time.on(moment.lastWorkingDayOf(period, day), moment);
    }

    private static String over(CalendarPeriod period) {
        if (period == CalendarPeriod.WEEK) {
            return WEEK_OVER;
        }
        if (period == CalendarPeriod.MONTH) {
            return MONTH_OVER;
        }
        return "This " + period.word() + "'s last working day has already ended. Say \"end of next " + period.word()
                + "\" or give a date instead.";
    }

    private static String namedOver(CalendarPeriod period, LocalDate day, LocalDate example) {
        String name = period == CalendarPeriod.YEAR ? Integer.toString(day.getYear()) : "that " + period.word();
        return "The end of " + name + " has already passed. Give a date that's still ahead, like \""
                + EXAMPLE_DAY.format(example) + "\".";
    }

    private LocalDate nextWorkingDay() {
        LocalDate day = moment.today().plusDays(1);
        while (!moment.isWorkingDay(day)) {
            day = day.plusDays(1);
        }
        return day;
    }
}
