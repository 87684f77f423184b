package dev.followthrough.deadline;

import java.util.Locale;
import java.util.Set;

/** Whether "12/3" is December 3 or 12 March where the owner lives. */
enum DateOrder {
    MONTH_FIRST,
    DAY_FIRST,
    UNKNOWN;

    /** The US and the places that follow its habit; Canada writes both, so it can't tell. */
    private static final Set<String> MONTH_FIRST_COUNTRIES =
            Set.of("US", "PH", "PR", "GU", "AS", "VI", "UM", "MP", "FM", "MH", "PW");

    private static final Set<String> MIXED_COUNTRIES = Set.of("CA");

    static DateOrder of(Locale locale) {
        String country = locale == null ? "" : locale.getCountry();
        if (country.isEmpty() || MIXED_COUNTRIES.contains(country)) {
            return UNKNOWN;
        }
        return MONTH_FIRST_COUNTRIES.contains(country) ? MONTH_FIRST : DAY_FIRST;
    }
}
