package dev.followthrough.deadline;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Finds the deadline phrase in a promise. Deadlines are usually at the end or introduced ("by
 * Friday send Acme the deck"); words that only look like one in the middle of the task ("send
 * the morning report") are left to the task.
 */
final class DeadlineFinder {

    /**
     * The chosen phrase: {@code from} its first introducing word to {@code to}, the end of its own
     * words; the task loses the words up to {@code cut}, which also covers a trailing "please", but
     * keeps those from {@code keepFrom} to {@code keepTo}: the task's own words between a deadline's
     * two parts ("at reception" in "drop the samples off at 3pm at reception tomorrow").
     */
    record Found(int from, int to, int cut, Outcome outcome, int keepFrom, int keepTo) {

        Found(int from, int to, int cut, Outcome outcome) {
            this(from, to, cut, outcome, to, to);
        }

        Found soft() {
            return new Found(from, to, cut, HedgeReader.soft(outcome), keepFrom, keepTo);
        }
    }

    /** A phrase accepted at a word: where its own words start ({@code at}) and whether it was introduced. */
    record Candidate(int at, boolean introduced, Found found) {}

    /** Words before a date that make it a reference, not a deadline ("the notes from Friday"). */
    private static final Set<String> REFERENCES = Set.of("from", "since", "of", "about", "than", "last", "the");

    private final List<Token> tokens;
    private final DeadlineGrammar grammar;
    private final SplitDeadline split;

    DeadlineFinder(List<Token> tokens, Moment moment) {
        this.tokens = tokens;
        this.grammar = new DeadlineGrammar(tokens, moment);
        this.split = new SplitDeadline(tokens, moment, grammar);
    }

    Optional<Found> find() {
        List<Candidate> accepted = new java.util.ArrayList<>();
        Candidate best = null;
        int bestScore = -1;
        for (int at = 0; at < tokens.size(); at++) {
            Optional<PhraseMatch> match = grammar.read(at);
            if (match.isEmpty()) {
                continue;
            }
            split.found(at);
            int from = leadStart(at);
            boolean introduced = from < at || tokens.get(at).is("at", "@");
            if (!introduced && at > 0 && tokens.get(at - 1).is(REFERENCES.toArray(String[]::new))) {
                continue;
            }
            int to = Lexicon.emphasisEnd(tokens, match.get().end());
            int cut = courtesyEnd(to);
            boolean atEnd = cut == tokens.size();
            if (!introduced && !atEnd && !match.get().strong()) {
                continue;
            }
            int score = (introduced ? 2 : 0) + (atEnd ? 2 : 0) + (match.get().strong() ? 1 : 0);
            Candidate candidate = new Candidate(
                    at, introduced, new Found(from, to, cut, match.get().outcome()));
            accepted.add(candidate);
            if (best == null || score > bestScore || (score == bestScore && longer(candidate.found(), best.found()))) {
                best = candidate;
                bestScore = score;
            }
        }
        return Optional.ofNullable(best)
                .map(chosen -> widest(chosen, accepted))
                .map(chosen -> either(chosen, accepted).orElseGet(() -> split.joined(chosen, accepted)))
                .map(this::hedged);
    }

    /**
     * "at 3pm or tomorrow", "Friday or Monday": two deadlines offered as alternatives commit to
     * neither, so the promise is soft, aiming at the earlier one, and both leave the task.
     */
    private Optional<Found> either(Candidate chosen, List<Candidate> accepted) {
        Found second = chosen.found();
        int or = second.from() - 1;
        if (or > 0 && tokens.get(or).is("or") && second.cut() == tokens.size()) {
            // The first of the two may be a weak one ("Friday or Monday"): read it here, whatever its place.
            for (int at = Math.max(0, or - LONGEST_ALTERNATIVE); at < or; at++) {
                Optional<PhraseMatch> first = grammar.read(at);
                int from = leadStart(at);
                boolean reference = from == at && at > 0 && tokens.get(at - 1).is(REFERENCES.toArray(String[]::new));
                if (first.isPresent()
                        && !reference
                        && Lexicon.emphasisEnd(tokens, first.get().end()) == or) {
                    Outcome outcome = earlierOf(first.get().outcome(), second.outcome());
                    return Optional.of(new Found(from, second.to(), second.cut(), outcome));
                }
            }
        }
        Found first = chosen.found();
        int between = first.to();
        if (between + 1 < tokens.size() && tokens.get(between).is("or")) {
            for (Candidate other : accepted) {
                Found then = other.found();
                if (then.from() == between + 1 && then.cut() == tokens.size()) {
                    Outcome outcome = earlierOf(first.outcome(), then.outcome());
                    return Optional.of(new Found(first.from(), then.to(), then.cut(), outcome));
                }
            }
        }
        return Optional.empty();
    }

    /** The most words an alternative before "or" is read back over ("the day after tomorrow at 10am"). */
    private static final int LONGEST_ALTERNATIVE = 8;

    private static Outcome earlierOf(Outcome one, Outcome other) {
        List<java.time.Instant> times = new java.util.ArrayList<>();
        for (Outcome outcome : List.of(one, other)) {
            if (outcome instanceof Outcome.Pinned pinned) {
                times.addAll(pinned.readings());
            } else if (outcome instanceof Outcome.Vague vague) {
                vague.target().ifPresent(times::add);
            }
        }
        if (times.isEmpty()) {
            return one instanceof Outcome.Refused ? one : Outcome.Vague.open();
        }
        return Outcome.Vague.until(java.util.Collections.min(times));
    }

    private Found hedged(Found found) {
        return HedgeReader.hedgesThePromise(tokens, found.from()) ? found.soft() : found;
    }

    /** "tomorrow at 3pm" wins over its own "at 3pm", though only the latter looks introduced. */
    private static Candidate widest(Candidate chosen, List<Candidate> accepted) {
        Candidate widest = chosen;
        for (Candidate other : accepted) {
            Found found = other.found();
            if (found.from() <= widest.found().from()
                    && found.to() >= widest.found().to()
                    && longer(found, widest.found())) {
                widest = other;
            }
        }
        return widest;
    }

    private static boolean longer(Found candidate, Found best) {
        int candidateLength = candidate.to() - candidate.from();
        int bestLength = best.to() - best.from();
        return candidateLength > bestLength || (candidateLength == bestLength && candidate.from() > best.from());
    }

    private int leadStart(int at) {
        int from = at;
        while (true) {
            if (from >= 3 && is(from - 3, "no", "not") && is(from - 2, "later") && is(from - 1, "than")) {
                from -= 3;
            } else if (from >= 1 && tokens.get(from - 1).is(Lexicon.LEADS.toArray(String[]::new))) {
                from--;
            } else {
                return from;
            }
        }
    }

    private int courtesyEnd(int end) {
        int cut = end;
        while (is(cut, Lexicon.COURTESY.toArray(String[]::new)) || (is(cut, "thank") && is(cut + 1, "you"))) {
            cut += tokens.get(cut).is("thank") ? 2 : 1;
        }
        return cut == tokens.size() ? cut : end;
    }

    private boolean is(int at, String... words) {
        return at >= 0 && at < tokens.size() && tokens.get(at).is(words);
    }
}
