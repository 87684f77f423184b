package dev.followthrough.deadline;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads hedge words next to a deadline ("hopefully by Friday", "Friday-ish", "around 3pm", "by
 * Friday if possible"): the owner names a time but doesn't commit to it, so the deadline is soft
 * with that time as its target. A hedge counts only right next to the deadline words, so "send
 * roughly 20 samples by Friday" and "talk about pricing" keep their words.
 */
final class HedgeReader {

    private static final Pattern BARE_HOUR = Pattern.compile("\\d{1,2}");
    private static final Pattern BARE_TIME = Pattern.compile("\\d{1,2}(?::\\d{2})?");

    private final List<Token> tokens;
    private final Moment moment;
    private final DeadlineGrammar grammar;
    /** Each place read once: hedge words in a row would otherwise be read again from every one of them. */
    private final Map<Integer, Optional<PhraseMatch>> read = new HashMap<>();
    /** The words with each approximating word read as "at": "Friday about 3" as "Friday at 3". */
    private DeadlineGrammar approximatelyAsAt;

    HedgeReader(List<Token> tokens, Moment moment, DeadlineGrammar grammar) {
        this.tokens = tokens;
        this.moment = moment;
        this.grammar = grammar;
    }

    /** A hedge at {@code at} followed by a deadline: the deadline read soft, with the hedge in its words. */
    Optional<PhraseMatch> before(int at) {
        Optional<PhraseMatch> known = read.get(at);
        if (known == null) {
            known = hedgedFrom(at);
            read.put(at, known);
        }
        return known;
    }

    private Optional<PhraseMatch> hedgedFrom(int at) {
        if (is(at, HedgeWords.APPROXIMATELY)) {
            return approximately(at);
        }
        Optional<PhraseMatch> dayAndTime =
                approximatesNear(at) ? approximatelyAsAt().read(at) : Optional.empty();
        if (dayAndTime.isPresent()) {
            for (int word = at + 1; word < dayAndTime.get().end(); word++) {
                if (is(word, HedgeWords.APPROXIMATELY)) {
                    return Optional.of(approximate(dayAndTime.get(), word));
                }
            }
        }
        if (ish(at) && at > 0 && BARE_TIME.matcher(tokens.get(at).norm()).matches()) {
            return readAsAt(at - 1).map(match -> new PhraseMatch(soft(match.outcome()), match.end(), false));
        }
        // "hit the target by Friday": a hedge word used as a noun hedges nothing.
        boolean noun = is(at - 1, HedgeWords.DETERMINERS);
        for (String[] words : HedgeWords.BEFORE) {
            if (!noun && follows(at, words)) {
                int next = at + words.length;
                boolean introduced = is(next, "by", "before", "on", "due", "until", "till", "for");
                int from = introduced ? next + 1 : next;
                Optional<PhraseMatch> inner = grammar.read(from);
                if (inner.isPresent()) {
                    PhraseMatch match = inner.get();
                    // A hedge word before a day marks it as the deadline wherever it stands.
                    return Optional.of(new PhraseMatch(soft(match.outcome()), match.end(), true));
                }
            }
        }
        return Optional.empty();
    }

    /**
     * "around 3pm", "about 3", "~noon": read as "at …" would be; "around Friday" too, but "about
     * Friday" is what something is about. A bare hour is weak ("ask about 3 licences").
     */
    private Optional<PhraseMatch> approximately(int at) {
        Optional<PhraseMatch> asTime = approximatelyAsAt().read(at);
        Optional<PhraseMatch> asDay = is(at, "about") ? Optional.empty() : grammar.read(at + 1);
        Optional<PhraseMatch> longest = asDay.isPresent()
                        && (asTime.isEmpty() || asDay.get().end() > asTime.get().end())
                ? asDay
                : asTime;
        return longest.map(match -> approximate(match, at));
    }

    private PhraseMatch approximate(PhraseMatch match, int hedge) {
        boolean bareHour = hedge + 1 < tokens.size()
                && BARE_HOUR.matcher(tokens.get(hedge + 1).norm()).matches()
                && !is(hedge + 2, "am", "pm", "o'clock", "oclock");
        return new PhraseMatch(soft(match.outcome()), match.end(), match.strong() && !bareHour);
    }

    /** Whether an approximating word follows closely enough to belong to a deadline read from here. */
    private boolean approximatesNear(int at) {
        for (int word = at + 1; word < Math.min(tokens.size(), at + 6); word++) {
            if (is(word, HedgeWords.APPROXIMATELY)) {
                return true;
            }
        }
        return false;
    }

    private DeadlineGrammar approximatelyAsAt() {
        if (approximatelyAsAt == null) {
            List<Token> asAt = new ArrayList<>(tokens);
            for (int at = 0; at < tokens.size(); at++) {
                Token word = tokens.get(at);
                if (word.is(HedgeWords.APPROXIMATELY)) {
                    asAt.set(at, new Token(word.text(), "at", word.start(), word.end()));
                }
            }
            approximatelyAsAt = new DeadlineGrammar(asAt, moment);
        }
        return approximatelyAsAt;
    }

    /** Reads on as if the word at {@code at} were "at", which reads a bare hour as a time. */
    private Optional<PhraseMatch> readAsAt(int at) {
        List<Token> asAt = new ArrayList<>(tokens);
        Token word = tokens.get(at);
        asAt.set(at, new Token(word.text(), "at", word.start(), word.end()));
        return new DeadlineGrammar(asAt, moment).read(at);
    }

    /**
     * Whether the words before a deadline hedge the whole promise: "maybe send the deck by
     * Friday", "Acme will probably sign by Friday", "I'm hoping to send it Friday".
     */
    static boolean hedgesThePromise(List<Token> tokens, int before) {
        for (int at = 0; at < before; at++) {
            Token word = tokens.get(at);
            boolean opens = at == 0 || opensAVerb(tokens.get(at - 1));
            if (opens && word.is(HedgeWords.SENTENCE)) {
                return true;
            }
            if (opens
                    && word.is(HedgeWords.ATTEMPTS)
                    && at + 1 < before
                    && tokens.get(at + 1).is("to", "and")) {
                return true;
            }
        }
        return false;
    }

    private static boolean opensAVerb(Token word) {
        String norm = word.norm();
        return word.is(HedgeWords.MODALS) || norm.endsWith("'ll") || norm.endsWith("'m") || norm.endsWith("'re");
    }

    /** The match with any hedge words right after it, soft; unchanged when none follow. */
    PhraseMatch after(int at, PhraseMatch match) {
        int end = match.end();
        boolean hedged = false;
        for (int word = at; word < end; word++) {
            hedged |= ish(word);
        }
        boolean more = true;
        while (more) {
            more = false;
            int from = Lexicon.emphasisEnd(tokens, end);
            for (String[] words : HedgeWords.AFTER) {
                if (follows(from, words)) {
                    end = give(from + words.length, words);
                    hedged = true;
                    more = true;
                    break;
                }
            }
        }
        return hedged ? new PhraseMatch(soft(match.outcome()), end, match.strong()) : match;
    }

    /** "give or take a day", "give or take an hour", "give or take 2 days" keep their margin. */
    private int give(int end, String[] words) {
        if (!words[0].equals("give")) {
            return end;
        }
        boolean counted = is(end, "a", "an")
                || (end < tokens.size()
                        && BARE_HOUR.matcher(tokens.get(end).norm()).matches());
        return counted && is(end + 1, HedgeWords.UNITS) ? end + 2 : end;
    }

    /** A hedged deadline aims at its earliest reading; a refusal stays one, since its time has gone. */
    static Outcome soft(Outcome outcome) {
        if (outcome instanceof Outcome.Pinned pinned) {
            Instant earliest =
                    pinned.readings().stream().min(Comparator.naturalOrder()).orElseThrow();
            return Outcome.Vague.until(earliest);
        }
        return outcome;
    }

    private boolean follows(int at, String[] words) {
        for (int offset = 0; offset < words.length; offset++) {
            if (!is(at + offset, words[offset])) {
                return false;
            }
        }
        return true;
    }

    private boolean ish(int at) {
        return at >= 0 && at < tokens.size() && HedgeWords.hedgedWithIsh(tokens.get(at));
    }

    private boolean is(int at, String... words) {
        return at >= 0 && at < tokens.size() && tokens.get(at).is(words);
    }
}
