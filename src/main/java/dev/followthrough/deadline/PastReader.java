package dev.followthrough.deadline;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads times already behind us ("two hours ago", "3 days ago", "earlier today") to refuse them as deadlines. */
final class PastReader {

    private static final Pattern GLUED = Pattern.compile("(\\d{1,4})(mins?|m|hrs?|h|days?|d|wks?|w)");

    /** Units a span ahead can say again: "2 hours ago" suggests "in 2 hours". */
    private static final Set<String> UNITS_AHEAD = Set.of(
            "minute", "minutes", "min", "mins", "hour", "hours", "hr", "hrs", "day", "days", "week", "weeks", "month",
            "months");

    private static final Set<String> OTHER_UNITS = Set.of(
            "second", "seconds", "sec", "secs", "moment", "moments", "while", "year", "years", "yr", "yrs", "wk", "wks",
            "ages");

    /**
     * "the deck I sent two days ago" tells when something happened, not when it is due: the time
     * after a verb in the past is left to the task.
     */
    private static final Set<String> PAST_VERBS = Set.of(
            "sent",
            "got",
            "had",
            "did",
            "made",
            "met",
            "left",
            "was",
            "were",
            "told",
            "gave",
            "took",
            "came",
            "went",
            "saw",
            "spoke",
            "wrote",
            "bought",
            "sold",
            "paid",
            "heard",
            "brought",
            "found",
            "said",
            "began",
            "shared",
            "promised",
            "asked",
            "signed",
            "received",
            "called",
            "emailed",
            "mentioned",
            "started",
            "agreed");

    private final List<Token> tokens;

    PastReader(List<Token> tokens) {
        this.tokens = tokens;
    }

    Optional<PhraseMatch> read(int at) {
        return past(at).filter(match -> !afterPastVerb(at));
    }

    private Optional<PhraseMatch> past(int at) {
        if (is(at, "earlier") && is(at + 1, "today")) {
            return refused(at, at + 2, Optional.empty());
        }
        if (is(at, "earlier") && is(at + 1, "this") && is(at + 2, "morning", "afternoon", "evening")) {
            return refused(at, at + 3, Optional.empty());
        }
        return ago(at);
    }

    private Optional<PhraseMatch> ago(int at) {
        // "a few minutes ago" is the longest: nothing to read unless "ago" comes within four words.
        if (at >= tokens.size()
                || !(is(at + 1, "ago") || is(at + 2, "ago") || is(at + 3, "ago") || is(at + 4, "ago"))) {
            return Optional.empty();
        }
        Matcher glued = GLUED.matcher(tokens.get(at).norm());
        if (glued.matches() && is(at + 1, "ago")) {
            return refused(at, at + 2, Optional.of("in " + tokens.get(at).bare()));
        }
        if (is(at, "ages") && is(at + 1, "ago")) {
            return refused(at, at + 2, Optional.empty());
        }
        int unitAt = Quantity.read(tokens, at).map(Quantity::end).orElse(at);
        if (!is(unitAt + 1, "ago") || unitAt >= tokens.size()) {
            return Optional.empty();
        }
        String unit = tokens.get(unitAt).norm();
        boolean counted = unitAt > at;
        if (UNITS_AHEAD.contains(unit) && counted) {
            return refused(at, unitAt + 2, Optional.of("in " + typed(at, unitAt + 1)));
        }
        if (UNITS_AHEAD.contains(unit) || OTHER_UNITS.contains(unit)) {
            return refused(at, unitAt + 2, Optional.empty());
        }
        return Optional.empty();
    }

    /** A verb in the past anywhere before: "sent", "I emailed Acme the deck", "we met them". */
    private boolean afterPastVerb(int at) {
        for (int before = 0; before < at; before++) {
            String word = tokens.get(before).norm();
            if (PAST_VERBS.contains(word) || (word.length() > 4 && word.endsWith("ed"))) {
                return true;
            }
        }
        return false;
    }

    private Optional<PhraseMatch> refused(int from, int end, Optional<String> instead) {
        return Optional.of(
                new PhraseMatch(new Outcome.Refused(Wording.inThePast(typed(from, end), instead)), end, true));
    }

    private String typed(int from, int to) {
        StringBuilder text = new StringBuilder();
        for (int at = from; at < to; at++) {
            text.append(at > from ? " " : "").append(tokens.get(at).bare());
        }
        return text.toString();
    }

    private boolean is(int at, String... words) {
        return at >= 0 && at < tokens.size() && tokens.get(at).is(words);
    }
}
