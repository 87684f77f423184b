package dev.followthrough.promise;

import dev.followthrough.deadline.Ambiguity;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * A deadline written in another zone ("4pm ET") is shown in the owner's, with the time as they
 * wrote it beside it, so they can check it was read right.
 */
final class AsWritten {

    private AsWritten() {}

    /** " (4:00 PM in New York, as you wrote it)", or "" when it reads the same where the owner is. */
    static String note(Instant due, ZoneId ownersZone, ZoneId writtenIn, Locale locale) {
        var there = due.atZone(writtenIn);
        var here = due.atZone(ownersZone);
        if (there.toLocalDateTime().equals(here.toLocalDateTime())) {
            return "";
        }
        var time = DateTimeFormatter.ofPattern("h:mm a", locale).format(there);
        var day = there.toLocalDate().equals(here.toLocalDate())
                ? ""
                : DateTimeFormatter.ofPattern("EEE d MMM", locale).format(there) + ", ";
        return " (" + day + time + " in " + Ambiguity.placeOf(writtenIn) + ", as you wrote it)";
    }
}
