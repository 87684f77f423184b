package dev.followthrough.deadline;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Month;
import java.time.MonthDay;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Places a named day, and the time on it, on the calendar: the nearest one ahead unless told otherwise. */
final class DayResolver {

    private final Moment moment;

    DayResolver(Moment moment) {
        this.moment = moment;
    }

    /** A day with no time means the owner's end of working day. */
    Outcome resolve(DaySpec spec, Optional<ClockTime> time) {
        ClockTime clock = time.orElse(ClockTime.ofEndOfDay(moment.hours().endOfDay()));
        LocalDate today = moment.today();
        if (spec instanceof DaySpec.Offset offset) {
            return strictly(today.plusDays(offset.days()), clock);
        }
        if (spec instanceof DaySpec.Gone gone) {
            return new Outcome.Refused(Wording.gone(gone.name()));
        }
        if (spec instanceof DaySpec.Weekday weekday) {
            return weekday(weekday, clock);
        }
        if (spec instanceof DaySpec.WeeksAfter after) {
            return strictly(today.with(TemporalAdjusters.next(after.day())).plusWeeks(after.weeks()), clock);
        }
        if (spec instanceof DaySpec.MonthDay monthDay) {
            return monthDay(monthDay.month(), monthDay.day(), monthDay.year(), clock);
        }
        if (spec instanceof DaySpec.DayOfMonth dayOfMonth) {
            return dayOfMonth(dayOfMonth.day(), clock);
        }
        if (spec instanceof DaySpec.Slashed slashed) {
            return slashed(slashed, clock);
        }
        DaySpec.Exact exact = (DaySpec.Exact) spec;
        return exact.date() == null
                ? new Outcome.Refused(Wording.noSuchDate(exact.typed()))
                : strictly(exact.date(), clock);
    }

    /** Exactly that day: refused when its moment has passed. */
    private Outcome strictly(LocalDate date, ClockTime clock) {
        Instant due = clock.on(date, moment);
        Optional<Outcome.Pinned> ahead = pin(date, clock);
        if (ahead.isPresent()) {
            return ahead.get();
        }
        if (clock.endOfDay() && date.equals(moment.today())) {
            return new Outcome.Refused(Wording.endOfDayPassed(moment));
        }
        if (date.isBefore(moment.today())) {
            return new Outcome.Refused(Wording.datePassed(date));
        }
        return new Outcome.Refused(
                Wording.timePassed(ZonedDateTime.ofInstant(due, moment.context().zone()), moment));
    }

    private Outcome weekday(DaySpec.Weekday weekday, ClockTime clock) {
        LocalDate today = moment.today();
        LocalDate thisWeeks = today.with(weekday.day());
        return switch (weekday.which()) {
            case NEAREST -> strictly(nearest(weekday, clock, today), clock);
            case THIS ->
                today.getDayOfWeek() == weekday.day()
                        ? strictly(today, clock)
                        : strictly(nearest(weekday, clock, today), clock);
            case COMING -> strictly(nearest(weekday, clock, today.plusDays(1)), clock);
            case OF_NEXT_WEEK -> strictly(thisWeeks.plusWeeks(1), clock);
            case NEXT -> next(thisWeeks, weekday, clock);
        };
    }

    /**
     * The instants of a named wall time still ahead: one, or both readings of a time a DST change
     * skips or repeats (the question then says why); empty once all have passed.
     */
    private Optional<Outcome.Pinned> pin(LocalDate date, ClockTime clock) {
        List<Instant> ahead =
                clock.readings(date, moment).stream().filter(moment::isAhead).toList();
        if (ahead.isEmpty()) {
            return Optional.empty();
        }
        if (ahead.size() == 1) {
            return Optional.of(Outcome.Pinned.at(ahead.get(0)));
        }
        LocalDate wallDate = clock.wallDate(date);
        var change = moment.clockChange(wallDate, clock.time()).orElseThrow();
        boolean gap = change.isGap();
        Ambiguity why = new Ambiguity.ClockChange(
                wallDate,
                clock.time(),
                moment.context().zone(),
                gap,
                change.getDateTimeBefore().toLocalTime(),
                change.getDateTimeAfter().toLocalTime());
        return Optional.of(new Outcome.Pinned(ahead, why));
    }

    /**
     * "next Friday" while this week's is still to come, or said on a weekend about a day only one
     * or two days off, may mean that one or the one a week later; on the day itself, a week later.
     */
    private Outcome next(LocalDate thisWeeks, DaySpec.Weekday weekday, ClockTime clock) {
        LocalDate today = moment.today();
        if (thisWeeks.isAfter(today)) {
            List<Instant> readings = new ArrayList<>(clock.readings(thisWeeks, moment));
            readings.addAll(clock.readings(thisWeeks.plusWeeks(1), moment));
            return new Outcome.Pinned(readings.stream().filter(moment::isAhead).toList());
        }
        LocalDate coming = today.with(TemporalAdjusters.next(weekday.day()));
        if (ChronoUnit.DAYS.between(today, coming) <= 2) {
            List<Instant> readings = new ArrayList<>(clock.readings(coming, moment));
            readings.addAll(clock.readings(coming.plusWeeks(1), moment));
            return new Outcome.Pinned(readings.stream().filter(moment::isAhead).toList());
        }
        return strictly(nearest(weekday, clock, today.plusDays(1)), clock);
    }

    /** The first such weekday from {@code from} whose time is still ahead. */
    private LocalDate nearest(DaySpec.Weekday weekday, ClockTime clock, LocalDate from) {
        LocalDate day = from;
        while (day.getDayOfWeek() != weekday.day() || !moment.isAhead(clock.on(day, moment))) {
            day = day.plusDays(1);
        }
        return day;
    }

    private Outcome monthDay(int month, int day, int year, ClockTime clock) {
        if (month < 1 || month > 12 || day < 1 || day > Month.of(month).maxLength()) {
            return new Outcome.Refused(Wording.noSuchDay(month, day));
        }
        LocalDate today = moment.today();
        if (year > 0) {
            if (!MonthDay.of(month, day).isValidYear(year)) {
                return new Outcome.Refused(Wording.noSuchDayIn(month, day, year));
            }
            return strictly(LocalDate.of(year, month, day), clock);
        }
        MonthDay wanted = MonthDay.of(month, day);
        int chosen = wanted.isBefore(MonthDay.from(today)) ? today.getYear() + 1 : today.getYear();
        if (!wanted.isValidYear(chosen)) {
            return new Outcome.Refused(Wording.noSuchDayIn(month, day, chosen));
        }
        return strictly(wanted.atYear(chosen), clock);
    }

    private Outcome dayOfMonth(int day, ClockTime clock) {
        if (day < 1 || day > 31) {
            return new Outcome.Refused(Wording.noSuchDayOfMonth(day));
        }
        LocalDate today = moment.today();
        LocalDate month = today.withDayOfMonth(1);
        if (day < today.getDayOfMonth()) {
            month = month.plusMonths(1);
        }
        while (day > month.lengthOfMonth()) {
            month = month.plusMonths(1);
        }
        return strictly(month.withDayOfMonth(day), clock);
    }

    /** "12/3": read as the owner's locale writes dates, or both ways when it can't tell. */
    private Outcome slashed(DaySpec.Slashed slashed, ClockTime clock) {
        DateOrder order = DateOrder.of(moment.context().locale());
        Outcome monthFirst = monthDay(slashed.first(), slashed.second(), slashed.year(), clock);
        Outcome dayFirst = monthDay(slashed.second(), slashed.first(), slashed.year(), clock);
        return switch (order) {
            case MONTH_FIRST -> monthFirst;
            case DAY_FIRST -> dayFirst;
            case UNKNOWN -> either(monthFirst, dayFirst);
        };
    }

    private static Outcome either(Outcome monthFirst, Outcome dayFirst) {
        List<Instant> readings = new ArrayList<>();
        for (Outcome outcome : List.of(monthFirst, dayFirst)) {
            if (outcome instanceof Outcome.Pinned pinned && !readings.containsAll(pinned.readings())) {
                readings.addAll(pinned.readings());
            }
        }
        return readings.isEmpty() ? monthFirst : new Outcome.Pinned(readings, new Ambiguity.DateOrder());
    }
}
