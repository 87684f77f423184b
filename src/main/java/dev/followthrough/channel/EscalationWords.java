package dev.followthrough.channel;

import dev.followthrough.commitment.Escalation;
import dev.followthrough.platform.slack.Mrkdwn;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The words of {@code /promise channel escalate …}: {@code escalate after 24h to @lead}, {@code
 * escalate in thread}, {@code escalate off}. What is left out stays as it was (24 working hours and
 * the thread at first). The contact is read from the text as Slack sends it, {@code <@U…|name>}.
 */
final class EscalationWords {

    static final String EXAMPLES = "`/promise channel escalate after 24h to @lead` ·"
            + " `/promise channel escalate in thread` · `/promise channel escalate off`";

    private static final Pattern ABOUT = Pattern.compile("^escalat(?:e|ion)\\b.*", Pattern.DOTALL);

    private static final Pattern WORDS = Pattern.compile(
            "^escalat(?:e|ion)(?:\\s+on)?"
                    + "(?:\\s+after\\s+(?<amount>\\d{1,6})\\s*(?<unit>[a-z ]+?))?"
                    + "(?:\\s+to\\s+(?<to><@[^>]*>|\\S+)|\\s+in\\s+(?:the\\s+)?(?:channel(?:'s)?\\s+)?(?<thread>thread))?\\s*$",
            Pattern.CASE_INSENSITIVE);

    private static final Pattern HOURS = Pattern.compile("h|hrs?|hours?|working\\s+hours?");

    private static final Pattern PERSON = Pattern.compile("<@([UW][A-Z0-9]{2,20})(?:\\|[^>]*)?>");

    /** What the words ask for: a change to save, or why nothing was. */
    sealed interface Reading {}

    record Changed(Optional<Escalation> escalation, String description) implements Reading {}

    record Refused(String answer) implements Reading {}

    private EscalationWords() {}

    /** Whether {@code words} (lower case) are about escalation at all. */
    static boolean isAbout(String words) {
        return ABOUT.matcher(words).matches();
    }

    /** {@code text} as typed after {@code /promise channel}, mentions as Slack sent them. */
    static Reading read(Optional<Escalation> current, String text) {
        var typed = text.strip();
        var lower = typed.toLowerCase(Locale.ROOT);
        if (lower.matches("^escalat(?:e|ion)\\s+off$")) {
            return new Changed(Optional.empty(), "turned escalation off for this channel");
        }
        var words = WORDS.matcher(typed);
        if (!words.matches()) {
            return refused("I didn't understand \"" + Mrkdwn.escape(typed) + "\".");
        }
        var after = current.map(Escalation::after).orElse(Escalation.DEFAULT_AFTER);
        if (words.group("amount") != null) {
            var unit = words.group("unit").strip().toLowerCase(Locale.ROOT);
            if (!HOURS.matcher(unit).matches()) {
                return refused("Say how long in working hours (\"" + Mrkdwn.escape(unit) + "\" isn't): a working day"
                        + " of 9 to 6 is 9 hours, so `after 24h` is about two and a half working days.");
            }
            var hours = Long.parseLong(words.group("amount"));
            if (hours < Escalation.FEWEST_HOURS || hours > Escalation.MOST_HOURS) {
                return refused("Escalation can come after " + Escalation.FEWEST_HOURS + " to " + Escalation.MOST_HOURS
                        + " working hours, not " + hours + ".");
            }
            after = Duration.ofHours(hours);
        }
        var contact = words.group("thread") != null ? Optional.<String>empty() : current.flatMap(Escalation::contactId);
        if (words.group("to") != null) {
            var person = PERSON.matcher(words.group("to"));
            if (!person.matches()) {
                return refused("Name the escalation contact as a person, with @ (pick them from the list Slack"
                        + " shows), not \"" + Mrkdwn.escape(words.group("to")) + "\".");
            }
            contact = Optional.of(person.group(1));
        }
        var escalation = new Escalation(after, contact);
        return new Changed(Optional.of(escalation), "turned escalation on: " + rule(escalation));
    }

    /** The channel's escalation, in a sentence. */
    static String describe(Optional<Escalation> escalation) {
        return escalation
                .map(rule -> "Escalation is on: " + rule(rule) + ".")
                .orElse("Missed promises are not escalated (`/promise channel escalate` turns it on).");
    }

    /** "a promise made here that is still missed 24 working hours after its deadline goes to …". */
    private static String rule(Escalation escalation) {
        var hours = escalation.after().toHours();
        return "a promise made here still missed " + hours + (hours == 1 ? " working hour" : " working hours")
                + " (its owner's) after its deadline is raised "
                + escalation.contactId().map(id -> "with <@" + id + "> by DM").orElse("in its thread")
                + ", once; its owner is told first";
    }

    private static Refused refused(String why) {
        return new Refused(":thinking_face: " + why + " Try " + EXAMPLES + ". Nothing was changed.");
    }
}
