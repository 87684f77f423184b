package dev.followthrough.deadline;

import java.time.ZoneId;
import java.util.Locale;

/** Whose words these are: a deadline is read in its owner's zone, locale and working hours. */
public record DeadlineContext(ZoneId zone, Locale locale, WorkingHours workingHours) {

    public static DeadlineContext of(ZoneId zone, Locale locale) {
        return new DeadlineContext(zone, locale, WorkingHours.DEFAULT);
    }
}
