package dev.followthrough.digest;

import java.time.DayOfWeek;
import java.time.LocalTime;

/** When a user wants their weekly digest (in their own zone), and whether an empty week gets one. */
record DigestSettings(DayOfWeek day, LocalTime time, boolean whenEmpty) {

    static final DigestSettings DEFAULT = new DigestSettings(DayOfWeek.MONDAY, LocalTime.of(9, 0), true);
}
