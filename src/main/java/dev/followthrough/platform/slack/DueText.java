package dev.followthrough.platform.slack;

import dev.followthrough.commitment.Commitment;
import dev.followthrough.commitment.Firmness;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Deadlines as people read them. Slack's {@code <!date>} token renders in each reader's own zone;
 * its fallback text is in the owner's zone, for clients (and notifications) that can't.
 */
public final class DueText {

    private DueText() {}

    /** "Fri 27 Nov, 2:00 PM EST" in the given zone and locale. */
    public static String plain(Instant instant, ZoneId zone, Locale locale) {
        var formatter = DateTimeFormatter.ofPattern("EEE d MMM, h:mm a z", locale);
        return formatter.format(instant.atZone(zone));
    }

    /** A Slack date token: each reader sees the time in their own zone. */
    public static String slackDate(Instant instant, ZoneId zone, Locale locale) {
        return "<!date^" + instant.getEpochSecond() + "^{date_short_pretty} at {time}|" + plain(instant, zone, locale)
                + ">";
    }

    /** When a commitment is due, or that it is soft and what it aims at. */
    public static String of(Commitment commitment, Locale locale) {
        if (commitment.firmness() == Firmness.HARD) {
            return "by " + slackDate(commitment.due().orElseThrow(), commitment.zone(), locale);
        }
        return commitment
                .target()
                .map(target -> "no firm date yet (aiming for " + slackDate(target, commitment.zone(), locale) + ")")
                .orElse("no firm date yet");
    }
}
