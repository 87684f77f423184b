package dev.followthrough.deadline;

import dev.followthrough.commitment.Direction;
import java.util.List;
import java.util.Optional;

/**
 * The owner's word given to someone named right after it: "I promised Acme the deck", "I told
 * Acme I'd call" (the owner's, to them), or asked of them: "I asked Acme to send the PO" (theirs).
 */
final class GivenWord {

    /** The owner's word given to someone: "I promised Acme …", "I told Acme I'd …", "I owe Acme …". */
    private static final List<List<String>> GAVE_WORD = List.of(
            List.of("i", "promised"),
            List.of("we", "promised"),
            List.of("promised"),
            List.of("i", "told"),
            List.of("we", "told"),
            List.of("i", "owe"),
            List.of("we", "owe"));

    /** After "I promised Acme": the words before the task ("I promised Acme that I'd send …"). */
    private static final List<List<String>> WORD_GIVEN = List.of(
            List.of("that", "i'd"),
            List.of("that", "we'd"),
            List.of("that", "i'll"),
            List.of("that", "we'll"),
            List.of("i'd"),
            List.of("we'd"),
            List.of("i'll"),
            List.of("we'll"),
            List.of("i", "would"),
            List.of("we", "would"),
            List.of("i", "will"),
            List.of("we", "will"),
            List.of("to"));

    /** "I asked Acme to send the PO": Acme owes it. */
    private static final List<List<String>> ASKED_SOMEONE =
            List.of(List.of("i", "asked"), List.of("we", "asked"), List.of("i", "told"), List.of("we", "told"));

    private GivenWord() {}

    /** Who is owed and which way, when the promise starts with a word given or asked. */
    static Optional<Subject> read(Words words, int at) {
        for (List<String> asked : ASKED_SOMEONE) {
            int name = at + asked.size();
            int end = Subject.matches(words, at, asked) ? someone(words, name) : name;
            if (end > name && words.is(end, "to") && words.adjacent(end - 1, end)) {
                return Optional.of(new Subject(Direction.THEIRS, Subject.owner(words, name, end), end + 1));
            }
        }
        for (List<String> gave : GAVE_WORD) {
            int name = at + gave.size();
            int end = Subject.matches(words, at, gave) ? someone(words, name) : name;
            if (end > name) {
                return Optional.of(new Subject(Direction.MINE, Subject.owner(words, name, end), taskAfter(words, end)));
            }
        }
        return Optional.empty();
    }

    private static int taskAfter(Words words, int at) {
        for (List<String> given : WORD_GIVEN) {
            if (Subject.matches(words, at, given)) {
                return at + given.size();
            }
        }
        return at;
    }

    private static int someone(Words words, int at) {
        if (at >= words.size() || !words.adjacent(at - 1, at)) {
            return at;
        }
        return words.get(at).isMention() ? at + 1 : Names.nameEnd(words, at);
    }
}
