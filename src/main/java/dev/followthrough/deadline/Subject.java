package dev.followthrough.deadline;

import dev.followthrough.commitment.Counterparty;
import dev.followthrough.commitment.Direction;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Who speaks at the start of a promise: "I'll …" (the owner's), "<@U1> will …", "Ann said she'd
 * …", "Hooli's buyer is sending …" (owed to the owner), "I promised Acme …", "Acme wants me to
 * …" (the owner's, to them). {@code taskStart} is where the task's own words begin.
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

    private static final Set<String> PRONOUNS = Set.of("they", "he", "she");
    private static final Set<String> CONTRACTED = Set.of("they'll", "he'll", "she'll");
    /** "they're sending", "she's getting us": someone else is already at it. */
    private static final Set<String> CONTRACTED_BE = Set.of("they're", "he's", "she's");

    private static final List<List<String>> CONTRACTED_GOING =
            List.of(List.of("they're", "going", "to"), List.of("he's", "going", "to"), List.of("she's", "going", "to"));
    private static final int LONGEST_SUBJECT = 6;

    static Subject read(Words words, int at) {
        if (words.is(at, CONTRACTED)) {
            return new Subject(Direction.THEIRS, Optional.empty(), at + 1);
        }
        for (List<String> going : CONTRACTED_GOING) {
            if (matches(words, at, going)) {
                return new Subject(Direction.THEIRS, Optional.empty(), at + going.size());
            }
        }
        if (words.is(at, CONTRACTED_BE) && SubjectVerbs.doing(words, at + 1)) {
            return new Subject(Direction.THEIRS, Optional.empty(), at + 1);
        }
        for (List<String> mine : MINE) {
            if (matches(words, at, mine)) {
                return new Subject(Direction.MINE, Optional.empty(), at + mine.size());
            }
        }
        if (doingItMyself(words, at)) {
            return new Subject(Direction.MINE, Optional.empty(), at + (words.is(at, "i", "we") ? 2 : 1));
        }
        Optional<Subject> toSomeone = GivenWord.read(words, at);
        if (toSomeone.isPresent()) {
            return toSomeone.get();
        }
        Optional<Subject> contracted = contractedWill(words, at);
        if (contracted.isPresent()) {
            return contracted.get();
        }
        if (words.is(at, PRONOUNS)) {
            return speaker(words, at, at + 1, Names.Sureness.NAMED).orElse(mine(at));
        }
        int last = Math.min(words.size() - 1, at + LONGEST_SUBJECT);
        for (int end = at + 1; end <= last; end++) {
            Names.Sureness sureness = Names.subject(words, at, end);
            if (sureness != Names.Sureness.NONE && words.adjacent(end - 1, end)) {
                Optional<Subject> spoken = speaker(words, at, end, sureness);
                if (spoken.isPresent()) {
                    return spoken.get();
                }
            }
        }
        return mine(at);
    }

    static boolean matches(Words words, int at, List<String> sequence) {
        for (int offset = 0; offset < sequence.size(); offset++) {
            if (!words.is(at + offset, sequence.get(offset))) {
                return false;
            }
        }
        return true;
    }

    // "I'm sending Acme the deck": the owner's, and the task starts at "sending".
    private static boolean doingItMyself(Words words, int at) {
        int verb = words.is(at, "i'm", "im", "we're") ? at + 1 : at + 2;
        boolean spoken = verb == at + 1
                || (words.is(at, "i") && words.is(at + 1, "am"))
                || (words.is(at, "we") && words.is(at + 1, "are"));
        return spoken && verb < words.size() && words.get(verb).norm().endsWith("ing");
    }

    // "Bob'll send the deck": a name with "will" run into it.
    private static Optional<Subject> contractedWill(Words words, int at) {
        if (at >= words.size()) {
            return Optional.empty();
        }
        String typed = words.get(at).bare().replace('’', '\'');
        if (!typed.endsWith("'ll") || typed.length() < 4) {
            return Optional.empty();
        }
        String name = typed.substring(0, typed.length() - 3);
        String norm = name.toLowerCase(java.util.Locale.ROOT);
        boolean thing = NameWords.NOT_NAMES.contains(norm) || NameWords.THINGS.contains(norm);
        boolean named = Character.isUpperCase(name.charAt(0)) || NameWords.ROLES.contains(norm);
        return named && !thing
                ? Optional.of(new Subject(Direction.THEIRS, Optional.of(Counterparty.named(name)), at + 1))
                : Optional.empty();
    }

    private static Subject mine(int at) {
        return new Subject(Direction.MINE, Optional.empty(), at);
    }

    private static Optional<Subject> speaker(Words words, int from, int to, Names.Sureness sureness) {
        boolean possessive = words.get(to - 1).isPossessive();
        return SubjectVerbs.after(words, to, sureness, possessive)
                .map(said -> new Subject(said.direction(), owner(words, from, to), said.taskStart()));
    }

    static Optional<Counterparty> owner(Words words, int from, int to) {
        if (words.is(from, PRONOUNS)) {
            return Optional.empty();
        }
        if (to - from == 1 && words.get(from).isMention()) {
            return words.get(from).person();
        }
        return Optional.of(Counterparty.named(Names.display(words, from, to)));
    }
}
