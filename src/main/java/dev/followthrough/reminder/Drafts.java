package dev.followthrough.reminder;

import dev.followthrough.commitment.Commitment;
import dev.followthrough.commitment.Task;
import dev.followthrough.platform.slack.DueText;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The renegotiation the owner is offered to send, written to the other side as a person would:
 * before the deadline a heads-up with the new time, after it the miss owned plainly first. Whatever
 * the owner must fill in is a bracketed placeholder, and a message still holding one is not sent.
 */
final class Drafts {

    /** Where the new deadline goes: filled in from the form's deadline when it is submitted. */
    static final String NEW_TIME = "[new time]";

    /** What only the owner knows; it stops the message from going out until they replace it. */
    static final String HOLDING_IT_UP = "[what's holding it up]";

    private static final Pattern PLACEHOLDER = Pattern.compile("\\[[^\\[\\]\\n]{1,60}]");

    private Drafts() {}

    static String renegotiation(Commitment commitment, String name, Instant now, Locale locale) {
        var task = Task.of(commitment);
        var toThem = task.toThem(commitment.counterparty());
        var due = commitment.due().map(at -> DueText.plain(at, commitment.zone(), locale));
        var missed = due.isPresent() && !commitment.due().get().isAfter(now);
        String opening;
        if (missed) {
            opening = task.isVerbPhrase()
                    ? "I said I'd " + toThem + " by " + due.get() + ", and I didn't. I'm sorry about that."
                    : toThem + " was due " + due.get() + ", and I missed it. I'm sorry about that.";
        } else {
            var asSaid = due.map(at -> " by " + at + " as I said").orElse(" when I said");
            opening = task.isVerbPhrase()
                    ? "a heads-up: I won't be able to " + toThem + asSaid + "."
                    : "a heads-up: " + toThem + " won't be ready" + asSaid + ".";
        }
        return greeting(name) + " " + opening + " I'm waiting on " + HOLDING_IT_UP + ". You can count on it by "
                + NEW_TIME + ".";
    }

    /** "Hi Dana," or, when all there is to go on is a Slack user id, just "Hi,". */
    static String greeting(String name) {
        return name.isBlank() || name.startsWith("<@") ? "Hi," : "Hi " + name + ",";
    }

    /** The first placeholder still in a message, other than the new time, which is filled in. */
    static Optional<String> unfilledPlaceholder(String message) {
        var matcher = PLACEHOLDER.matcher(message.replace(NEW_TIME, ""));
        return matcher.find() ? Optional.of(matcher.group()) : Optional.empty();
    }
}
