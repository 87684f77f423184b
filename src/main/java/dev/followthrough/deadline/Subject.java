package dev.followthrough.deadline;

import dev.followthrough.commitment.Counterparty;
import dev.followthrough.commitment.Direction;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Who speaks at the start of a promise: "I'll …" (the owner's), "<@U1> will …", "Ann said she'd
 * …", "they're going to …" (owed to the owner). {@code taskStart} is where the task's own words begin.
 */
record Subject(Direction direction, Optional<Counterparty> counterparty, int taskStart) {

    private static final List<List<String>> MINE = List.of(
            List.of("i'll"),
            List.of("i", "will"),
            List.of("i", "shall"),
            List.of("i'm", "going", "to"),
            List.of("im", "going", "to"),
            List.of("i", "am", "going", "to"),
            List.of("i'm", "gonna"),
            List.of("i", "promise", "to"),
            List.of("i", "promised", "to"),
            List.of("i", "need", "to"),
            List.of("i", "have", "to"),
            List.of("i", "must"),
            List.of("i", "should"),
            List.of("we'll"),
            List.of("we", "will"),
            List.of("we're", "going", "to"),
            List.of("we", "are", "going", "to"),
            List.of("promise", "to"),
            List.of("will"));

    private static final List<List<String>> PROMISED = List.of(
            List.of("will"),
            List.of("said", "they'd"),
            List.of("said", "he'd"),
            List.of("said", "she'd"),
            List.of("said", "they'll"),
            List.of("said", "he'll"),
            List.of("said", "she'll"),
            List.of("said", "they", "would"),
            List.of("said", "he", "would"),
            List.of("said", "she", "would"),
            List.of("said", "they", "will"),
            List.of("said", "he", "will"),
            List.of("said", "she", "will"),
            List.of("promised", "to"),
            List.of("promises", "to"),
            List.of("agreed", "to"),
            List.of("offered", "to"),
            List.of("committed", "to"),
            List.of("is", "going", "to"),
            List.of("are", "going", "to"),
            List.of("is", "gonna"),
            List.of("owes", "me"),
            List.of("owes", "us"),
            List.of("needs", "to"),
            List.of("has", "to"),
            List.of("should"));

    private static final Set<String> PRONOUNS = Set.of("they", "he", "she");
    private static final Set<String> CONTRACTED = Set.of("they'll", "he'll", "she'll");
    private static final List<List<String>> CONTRACTED_GOING =
            List.of(List.of("they're", "going", "to"), List.of("he's", "going", "to"), List.of("she's", "going", "to"));

    static Subject read(Words words, int at) {
        if (words.is(at, CONTRACTED)) {
            return new Subject(Direction.THEIRS, Optional.empty(), at + 1);
        }
        for (List<String> going : CONTRACTED_GOING) {
            if (matches(words, at, going)) {
                return new Subject(Direction.THEIRS, Optional.empty(), at + going.size());
            }
        }
        for (List<String> mine : MINE) {
            if (matches(words, at, mine)) {
                return new Subject(Direction.MINE, Optional.empty(), at + mine.size());
            }
        }
        int nameEnd = subjectEnd(words, at);
        if (nameEnd > at) {
            for (List<String> promised : PROMISED) {
                if (matches(words, nameEnd, promised)) {
                    return new Subject(Direction.THEIRS, owner(words, at, nameEnd), nameEnd + promised.size());
                }
            }
        }
        return new Subject(Direction.MINE, Optional.empty(), at);
    }

    private static Optional<Counterparty> owner(Words words, int from, int to) {
        Token first = words.get(from);
        if (first.isMention()) {
            return first.mentionedUser().map(Counterparty::slackUser);
        }
        if (first.is(PRONOUNS.toArray(String[]::new))) {
            return Optional.empty();
        }
        return Optional.of(Counterparty.named(Names.display(words, from, to)));
    }

    private static int subjectEnd(Words words, int at) {
        if (at >= words.size()) {
            return at;
        }
        Token first = words.get(at);
        if (first.isMention() || words.is(at, PRONOUNS)) {
            return at + 1;
        }
        return Names.nameEnd(words, at);
    }

    private static boolean matches(Words words, int at, List<String> sequence) {
        for (int offset = 0; offset < sequence.size(); offset++) {
            if (!words.is(at + offset, sequence.get(offset))) {
                return false;
            }
        }
        return true;
    }
}
