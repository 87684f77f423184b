package dev.followthrough.deadline;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Which days a recurring promise falls on: "every Friday", "every other Tuesday", "every weekday",
 * "on the 15th of every month", "on the first Monday of every month", "every quarter end". Each
 * rule says whether a date is one of its days, so the next occurrence is found by walking the
 * calendar, never by adding hours (a DST change moves no one's Friday 5pm).
 */
public sealed interface Recurrence {

    /**
     * Whether {@code date} is one of the rule's days; {@code anchor} is the series' first
     * occurrence, which "every other week" counts from.
     */
    boolean falls(LocalDate date, LocalDate anchor);

    /** How it reads in a sentence: "every Friday", "on the 15th of every month". */
    String describe();

    /** The rule as one line of text, read back by {@link #fromStored}. */
    String stored();

    /** On the given weekdays, every {@code interval} weeks (Monday to Sunday) counted from the anchor's. */
    record Weekly(Set<DayOfWeek> days, int interval) implements Recurrence {

        public Weekly {
            days = days.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(days));
            if (days.isEmpty() || interval < 1 || interval > 2) {
                throw new IllegalArgumentException("a weekly rule needs days and an interval of 1 or 2");
            }
        }

        @Override
        public boolean falls(LocalDate date, LocalDate anchor) {
            if (!days.contains(date.getDayOfWeek())) {
                return false;
            }
            long weeks = ChronoUnit.WEEKS.between(anchor.with(DayOfWeek.MONDAY), date.with(DayOfWeek.MONDAY));
            return Math.floorMod(weeks, interval) == 0;
        }

        @Override
        public String describe() {
            var every = interval == 2 ? "every other " : "every ";
            if (days.size() == 7) {
                return every + "day";
            }
            if (days.equals(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY))) {
                return every + "weekday";
            }
            var names = sorted(days).stream().map(Recurrence::name).toList();
            return every + String.join(" and ", names);
        }

        @Override
        public String stored() {
            return "WEEKLY " + interval + " " + storedDays(days);
        }
    }

    /** On one day of each month; a day a month hasn't (the 31st in June) is that month's last. */
    record MonthDay(int day) implements Recurrence {

        public MonthDay {
            if (day < 1 || day > 31) {
                throw new IllegalArgumentException("no day " + day + " in a month");
            }
        }

        @Override
        public boolean falls(LocalDate date, LocalDate anchor) {
            return date.getDayOfMonth() == Math.min(day, date.lengthOfMonth());
        }

        @Override
        public String describe() {
            return "on the " + ordinal(day) + " of every month";
        }

        @Override
        public String stored() {
            return "MONTH_DAY " + day;
        }
    }

    /** On the first to fourth, or the last ({@code -1}), of a weekday in each month. */
    record MonthWeekday(int which, DayOfWeek day) implements Recurrence {

        public MonthWeekday {
            if (which == 0 || which < -1 || which > 4) {
                throw new IllegalArgumentException("which weekday of a month: 1 to 4, or -1 for the last");
            }
        }

        @Override
        public boolean falls(LocalDate date, LocalDate anchor) {
            if (date.getDayOfWeek() != day) {
                return false;
            }
            return which == -1
                    ? date.plusWeeks(1).getMonth() != date.getMonth()
                    : (date.getDayOfMonth() - 1) / 7 + 1 == which;
        }

        @Override
        public String describe() {
            return "on the "
                    + (which == -1
                            ? "last"
                            : List.of("first", "second", "third", "fourth").get(which - 1)) + " " + name(day)
                    + " of every month";
        }

        @Override
        public String stored() {
            return "MONTH_WEEKDAY " + which + " " + day;
        }
    }

    /** On the last working day of each month or quarter, as "EOM" and "EOQ" mean it. */
    record PeriodEnd(boolean quarter, Set<DayOfWeek> workingDays) implements Recurrence {

        public PeriodEnd {
            workingDays = workingDays.isEmpty() ? Set.copyOf(EnumSet.allOf(DayOfWeek.class)) : Set.copyOf(workingDays);
        }

        @Override
        public boolean falls(LocalDate date, LocalDate anchor) {
            var period = quarter ? CalendarPeriod.QUARTER : CalendarPeriod.MONTH;
            var last = period.lastDay(date);
            for (int back = 0; back < 7 && !workingDays.contains(last.getDayOfWeek()); back++) {
                last = last.minusDays(1);
            }
            return date.equals(last);
        }

        @Override
        public String describe() {
            return quarter ? "at every quarter end" : "at every month end";
        }

        @Override
        public String stored() {
            return "PERIOD_END " + (quarter ? "QUARTER" : "MONTH") + " " + storedDays(workingDays);
        }
    }

    /** A rule as {@link #stored} wrote it; empty for anything else. */
    public static Optional<Recurrence> fromStored(String line) {
        try {
            var parts = line.strip().split(" ");
            return Optional.of(
                    switch (parts[0]) {
                        case "WEEKLY" -> new Weekly(days(parts[2]), Integer.parseInt(parts[1]));
                        case "MONTH_DAY" -> new MonthDay(Integer.parseInt(parts[1]));
                        case "MONTH_WEEKDAY" ->
                            new MonthWeekday(Integer.parseInt(parts[1]), DayOfWeek.valueOf(parts[2]));
                        case "PERIOD_END" -> new PeriodEnd(parts[1].equals("QUARTER"), days(parts[2]));
                        default -> throw new IllegalArgumentException(parts[0]);
                    });
        } catch (RuntimeException unreadable) {
            return Optional.empty();
        }
    }

    /** The first day after {@code date} the rule falls on (within two years; every rule has one). */
    default LocalDate after(LocalDate date, LocalDate anchor) {
        var day = date.plusDays(1);
        for (int step = 0; step < 800; step++, day = day.plusDays(1)) {
            if (falls(day, anchor)) {
                return day;
            }
        }
        throw new IllegalStateException(stored() + " falls on no day after " + date);
    }

    private static String name(DayOfWeek day) {
        return day.getDisplayName(java.time.format.TextStyle.FULL, Locale.US);
    }

    private static List<DayOfWeek> sorted(Set<DayOfWeek> days) {
        return days.stream().sorted().toList();
    }

    private static String storedDays(Set<DayOfWeek> days) {
        return sorted(days).stream().map(DayOfWeek::name).collect(Collectors.joining(","));
    }

    private static Set<DayOfWeek> days(String stored) {
        return Arrays.stream(stored.split(",")).map(DayOfWeek::valueOf).collect(Collectors.toSet());
    }

    private static String ordinal(int day) {
        if (day % 100 >= 11 && day % 100 <= 13) {
            return day + "th";
        }
        return day
                + switch (day % 10) {
                    case 1 -> "st";
                    case 2 -> "nd";
                    case 3 -> "rd";
                    default -> "th";
                };
    }
}
