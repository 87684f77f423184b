package dev.followthrough.channel;

import dev.followthrough.platform.slack.Mrkdwn;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The words of {@code /promise channel team digest …}: {@code on}, {@code off}, a day and a time
 * ({@code mon 9:00}, {@code friday at 4:30pm}) and where it goes ({@code to me}: a DM to whoever
 * asked; {@code here}: the channel), in any of those combinations. The time is read in the zone of
 * whoever sets it.
 */
final class TeamDigestWords {

    static final String PREFIX = "team digest";

    static final String USAGE =
            "`/promise channel team digest mon 9:00` · `/promise channel team digest fri 4:30pm to me` ·"
                    + " `/promise channel team digest off`";

    private static final Map<String, DayOfWeek> DAYS = Map.ofEntries(
            Map.entry("mon", DayOfWeek.MONDAY),
            Map.entry("tue", DayOfWeek.TUESDAY),
            Map.entry("tues", DayOfWeek.TUESDAY),
            Map.entry("wed", DayOfWeek.WEDNESDAY),
            Map.entry("weds", DayOfWeek.WEDNESDAY),
            Map.entry("thu", DayOfWeek.THURSDAY),
            Map.entry("thur", DayOfWeek.THURSDAY),
            Map.entry("thurs", DayOfWeek.THURSDAY),
            Map.entry("fri", DayOfWeek.FRIDAY),
            Map.entry("sat", DayOfWeek.SATURDAY),
            Map.entry("sun", DayOfWeek.SUNDAY));

    private static final DateTimeFormatter FIRST = DateTimeFormatter.ofPattern("EEE d MMM 'at' HH:mm", Locale.US);

    /** What the words come to: a change to save and announce, or an answer for the asker alone. */
    sealed interface Reading {}

    record Changed(ChannelSettings settings, String description) implements Reading {}

    record Answered(String text) implements Reading {}

    private TeamDigestWords() {}

    /** Whether {@code words} (lower case, stripped) are about the team digest. */
    static boolean addressed(String words) {
        return words.equals(PREFIX) || words.startsWith(PREFIX + " ");
    }

    static Reading read(ChannelSettings current, String words, ZoneId zone, String userId, Instant now) {
        var rest = words.substring(PREFIX.length()).strip().replaceAll("\\s+", " ");
        var digest = current.teamDigest();
        if (rest.isEmpty()) {
            return new Answered(describe(digest) + "\nChange it with " + USAGE + ".");
        }
        if (rest.equals("off")) {
            return new Changed(current.withTeamDigest(digest.turnedOff(now)), "turned the weekly team digest off");
        }
        var toUserId = digest.toUserId();
        for (var here : new String[] {
            "here", "to the channel", "to this channel", "to channel", "in the channel", "in this channel"
        }) {
            if (rest.equals(here) || rest.endsWith(" " + here)) {
                toUserId = Optional.empty();
                rest = rest.substring(0, rest.length() - here.length()).strip();
            }
        }
        if (rest.equals("to me") || rest.endsWith(" to me")) {
            toUserId = Optional.of(userId);
            rest = rest.substring(0, rest.length() - "to me".length()).strip();
        }
        if (rest.equals("on")) {
            rest = "";
        } else if (rest.startsWith("on ")) {
            rest = rest.substring("on ".length()).strip();
        }
        var day = digest.day();
        var time = digest.time();
        var moved = !rest.isEmpty();
        if (moved) {
            var firstWord = rest.split(" ", 2)[0];
            var named = day(firstWord);
            if (named.isPresent()) {
                day = named.get();
                rest = rest.substring(firstWord.length()).strip();
            }
            if (!rest.isEmpty()) {
                var read = ChannelCommand.time(rest);
                if (read.isEmpty()) {
                    return unread(rest);
                }
                time = read.get();
            }
        }
        var changed = digest.at(day, time).to(toUserId).turnedOn(zone, now);
        var first = changed.moment().orElseThrow().firstFrom(now);
        var what = !digest.on()
                ? "turned the weekly team digest on for "
                : moved ? "moved the weekly team digest to " : "changed the weekly team digest: ";
        var description =
                what + when(changed) + ", " + where(changed) + "; the first comes " + FIRST.format(first.atZone(zone));
        return new Changed(current.withTeamDigest(changed), description);
    }

    /** The team digest in one sentence, for {@code /promise channel}. */
    static String describe(TeamDigestSetting digest) {
        if (!digest.on()) {
            return "No weekly team digest.";
        }
        return "A weekly team digest of the promises made here comes on " + when(digest) + ", " + where(digest) + ".";
    }

    private static Optional<DayOfWeek> day(String word) {
        var singular = word.endsWith("s") && word.length() > 4 ? word.substring(0, word.length() - 1) : word;
        for (var day : DayOfWeek.values()) {
            if (day.name().toLowerCase(Locale.ROOT).equals(singular)) {
                return Optional.of(day);
            }
        }
        return Optional.ofNullable(DAYS.get(word));
    }

    private static String when(TeamDigestSetting digest) {
        return digest.day().getDisplayName(TextStyle.FULL, Locale.US) + "s at "
                + DateTimeFormatter.ofPattern("HH:mm").format(digest.time()) + " ("
                + digest.zone().map(ZoneId::getId).orElse("UTC") + ")";
    }

    private static String where(TeamDigestSetting digest) {
        return digest.toUserId()
                .map(userId -> "sent to <@" + userId + "> as a DM")
                .orElse("posted in this channel");
    }

    private static Answered unread(String part) {
        if (part.equals("to") || part.startsWith("to ") || part.contains(" to ")) {
            return new Answered(":thinking_face: The team digest goes to this channel (`here`) or to you as a DM"
                    + " (`to me`), not to someone else: they can ask for it themselves. Try " + USAGE
                    + ". Nothing was changed.");
        }
        return new Answered(":thinking_face: I couldn't read \"" + Mrkdwn.escape(Mrkdwn.shorten(part, 100))
                + "\" as a day and time for the team digest: say a day and a time, like " + USAGE
                + ". It goes to this channel, or to you as a DM with `to me`. Nothing was changed.");
    }
}
