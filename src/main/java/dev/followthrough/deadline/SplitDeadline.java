package dev.followthrough.deadline;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A deadline said in two parts with a few of the task's own words between them: "drop the samples
 * off at 3pm at reception tomorrow", "call Bob tomorrow from the car at 4pm", "meet Acme at 2pm at
 * their office Thursday". The two parts are read as one phrase (so a zone word, a hedge or a
 * refusal applies to the whole), and the words between stay the task's.
 */
final class SplitDeadline {

    /** At most this many of the task's words between the two parts. */
    private static final int MOST_BETWEEN = 3;

    /** Words that make what follows a topic, not the deadline: "call Bob at 3pm about the demo Friday" is not. */
    private static final Set<String> TOPICS =
            Set.of("about", "regarding", "re", "from", "since", "of", "than", "last", "the", "after", "or", "and");

    private final List<Token> tokens;
    private final Moment moment;
    private final DeadlineGrammar grammar;
    private final BitSet deadlineWords = new BitSet();

    SplitDeadline(List<Token> tokens, Moment moment, DeadlineGrammar grammar) {
        this.tokens = tokens;
        this.moment = moment;
        this.grammar = grammar;
    }

    /** Deadline words start at {@code at}: they can't be the task's words between two parts. */
    void found(int at) {
        deadlineWords.set(at);
    }

    /** {@code chosen}, or it joined with a part before or after it into one deadline. */
    DeadlineFinder.Found joined(DeadlineFinder.Candidate chosen, List<DeadlineFinder.Candidate> accepted) {
        boolean endsThePromise = chosen.found().cut() == tokens.size();
        for (DeadlineFinder.Candidate other : accepted) {
            Optional<DeadlineFinder.Found> joined = endsThePromise ? join(other, chosen) : join(chosen, other);
            if (joined.isPresent()) {
                return joined.get();
            }
        }
        return chosen.found();
    }

    private Optional<DeadlineFinder.Found> join(DeadlineFinder.Candidate first, DeadlineFinder.Candidate second) {
        int gapFrom = first.found().to();
        int gapTo = second.found().from();
        boolean fits = gapTo > gapFrom
                && gapTo - gapFrom <= MOST_BETWEEN
                && second.found().cut() == tokens.size()
                && !clauseEnds(gapFrom - 1)
                && !tokens.get(gapTo - 1).is(TOPICS.toArray(String[]::new))
                && deadlineWords.get(gapFrom, gapTo).isEmpty()
                && introducedIfATime(first)
                && introducedIfATime(second);
        if (!fits) {
            return Optional.empty();
        }
        List<Token> together = new ArrayList<>(tokens.subList(0, gapFrom));
        together.addAll(tokens.subList(second.at(), tokens.size()));
        int end = gapFrom + (second.found().to() - second.at());
        return new DeadlineGrammar(together, moment)
                .read(first.at())
                .filter(match -> match.end() >= end)
                .map(match -> new DeadlineFinder.Found(
                        first.found().from(),
                        second.found().to(),
                        second.found().cut(),
                        match.outcome(),
                        gapFrom,
                        gapTo));
    }

    /** "the 3pm update" names a thing: only an introduced time ("at 3pm", "by 3pm") can be split from its day. */
    private boolean introducedIfATime(DeadlineFinder.Candidate part) {
        return part.introduced() || !grammar.startsWithTime(part.at());
    }

    private boolean clauseEnds(int at) {
        String text = tokens.get(at).text();
        return text.endsWith(",") || text.endsWith(";") || text.endsWith(".") || text.endsWith(":");
    }
}
