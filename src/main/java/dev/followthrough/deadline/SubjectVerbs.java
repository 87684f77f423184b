package dev.followthrough.deadline;

import dev.followthrough.commitment.Direction;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The words after someone named at the start that say which way the promise goes: "Acme will …",
 * "Acme is sending …", "Acme to send …" (theirs), "Acme wants me to …", "the CFO needs …" (mine,
 * to them).
 */
final class SubjectVerbs {

    /** Which way, and where the task's own words begin. */
    record Said(Direction direction, int taskStart) {}

    private static final List<List<String>> ASKS_ME = List.of(
            List.of("wants", "me", "to"),
            List.of("wants", "us", "to"),
            List.of("want", "me", "to"),
            List.of("want", "us", "to"),
            List.of("asked", "me", "to"),
            List.of("asked", "us", "to"),
            List.of("needs", "me", "to"),
            List.of("needs", "us", "to"),
            List.of("need", "me", "to"),
            List.of("need", "us", "to"),
            List.of("expects", "me", "to"),
            List.of("expects", "us", "to"),
            List.of("told", "me", "to"),
            List.of("told", "us", "to"),
            List.of("would", "like", "me", "to"),
            List.of("would", "like", "us", "to"),
            List.of("is", "asking", "me", "to"),
            List.of("is", "asking", "us", "to"),
            List.of("are", "asking", "me", "to"),
            List.of("are", "asking", "us", "to"));

    /** Someone waits on something from the owner: "the CFO at Acme needs the deck". */
    private static final List<List<String>> WAITS_ON_ME = List.of(
            List.of("is", "waiting", "for"),
            List.of("is", "waiting", "on"),
            List.of("are", "waiting", "for"),
            List.of("are", "waiting", "on"),
            List.of("is", "expecting"),
            List.of("are", "expecting"),
            List.of("is", "asking", "for"),
            List.of("are", "asking", "for"),
            List.of("is", "chasing"),
            List.of("are", "chasing"),
            List.of("is", "hoping", "for"),
            List.of("are", "hoping", "for"),
            List.of("is", "after"),
            List.of("are", "after"),
            List.of("would", "like"),
            List.of("asked", "for"),
            List.of("expects"),
            List.of("wants"),
            List.of("needs"));

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
            List.of("promised", "us"),
            List.of("promised", "me"),
            List.of("promised", "they'd"),
            List.of("promised", "he'd"),
            List.of("promised", "she'd"),
            List.of("promises", "to"),
            List.of("agreed", "to"),
            List.of("offered", "to"),
            List.of("committed", "to"),
            List.of("is", "going", "to"),
            List.of("are", "going", "to"),
            List.of("gonna"),
            List.of("is", "gonna"),
            List.of("are", "gonna"),
            List.of("promised"),
            List.of("owes", "me"),
            List.of("owes", "us"),
            List.of("owe", "us"),
            List.of("owe", "me"),
            List.of("is", "supposed", "to"),
            List.of("are", "supposed", "to"),
            List.of("is", "expected", "to"),
            List.of("are", "expected", "to"),
            List.of("is", "due", "to"),
            List.of("are", "due", "to"),
            List.of("is", "set", "to"),
            List.of("are", "set", "to"),
            List.of("is", "likely", "to"),
            List.of("are", "likely", "to"));

    /** "Acme has promised to …", "Acme have said they'll …": the same promise, in the perfect. */
    private static final Set<String> PERFECT = Set.of("has", "have", "had");

    private static final Set<String> PERFECT_VERBS = Set.of("promised", "agreed", "offered", "committed", "said");

    /** Said of a thing as often as of someone, so only after a sure name: "the contract needs to …". */
    private static final List<List<String>> PROMISED_BY_NAME =
            List.of(List.of("needs", "to"), List.of("need", "to"), List.of("has", "to"), List.of("should"));

    /** Words in -ing that are things, not something being done: "Acme's pricing will …". */
    private static final Set<String> NOT_DOING = Set.of(
            "pricing",
            "meeting",
            "briefing",
            "funding",
            "onboarding",
            "training",
            "marketing",
            "billing",
            "planning",
            "hiring",
            "morning",
            "evening",
            "offering",
            "listing",
            "building",
            "thing",
            "something",
            "nothing",
            "everything",
            "anything",
            "timing",
            "wording",
            "setting",
            "landing",
            "heading",
            "ceiling",
            "shipping",
            "engineering",
            "accounting",
            "purchasing",
            "licensing",
            "booking",
            "waiting",
            "expecting",
            "asking",
            "hoping",
            "chasing",
            "needing",
            "wanting",
            "looking",
            "counting",
            "pending",
            "being");

    private SubjectVerbs() {}

    /** What follows a name that ends just before {@code at}, if it says which way the promise goes. */
    static Optional<Said> after(Words words, int at, Names.Sureness sureness, boolean possessive) {
        boolean named = sureness == Names.Sureness.NAMED;
        for (List<String> asks : ASKS_ME) {
            if (Subject.matches(words, at, asks)) {
                return Optional.of(new Said(Direction.MINE, at + asks.size()));
            }
        }
        int verb = words.is(at, PERFECT) && !words.is(at + 1, "to") ? at + 1 : at;
        for (List<String> promised : PROMISED) {
            boolean perfectFits = verb == at || PERFECT_VERBS.contains(promised.get(0));
            int length = saidLength(words, verb, promised, possessive);
            if (length > 0 && perfectFits && (named || !passive(words, verb + length))) {
                return Optional.of(new Said(Direction.THEIRS, verb + length));
            }
        }
        if (possessive && doing(words, at)) {
            return Optional.of(new Said(Direction.THEIRS, at));
        }
        if (words.is(at, "is", "are") && doing(words, at + 1)) {
            return Optional.of(new Said(Direction.THEIRS, at + 1));
        }
        if (!named) {
            return Optional.empty();
        }
        for (List<String> promised : PROMISED_BY_NAME) {
            if (Subject.matches(words, at, promised)) {
                return Optional.of(new Said(Direction.THEIRS, at + promised.size()));
            }
        }
        if (words.is(at, "to") && words.adjacent(at, at + 1) && verbAt(words, at + 1)) {
            return Optional.of(new Said(Direction.THEIRS, at + 1));
        }
        for (List<String> waits : WAITS_ON_ME) {
            int length = saidLength(words, at, waits, possessive);
            if (length > 0 && !words.is(at + length, "to")) {
                return Optional.of(new Said(Direction.MINE, at + length));
            }
        }
        return Optional.empty();
    }

    /** How many words of the phrase are there; after "Acme's" its "is" is already said ("Acme's going to"). */
    private static int saidLength(Words words, int at, List<String> phrase, boolean possessive) {
        if (Subject.matches(words, at, phrase)) {
            return phrase.size();
        }
        boolean saidByPossessive =
                possessive && phrase.size() > 1 && phrase.get(0).equals("is");
        List<String> rest = phrase.subList(1, phrase.size());
        return saidByPossessive && Subject.matches(words, at, rest) ? rest.size() : 0;
    }

    // "umbrella will send" is umbrella's promise; "deck will be ready" is no one's.
    private static boolean passive(Words words, int at) {
        return words.is(at, "be") && !doing(words, at + 1);
    }

    /** "sending", "getting": a verb in its -ing form right after the word before it. */
    static boolean doing(Words words, int at) {
        if (at >= words.size() || !words.adjacent(at - 1, at)) {
            return false;
        }
        String norm = words.get(at).norm();
        return norm.length() > 4 && norm.endsWith("ing") && !NOT_DOING.contains(norm);
    }

    // "Acme to send …": a task's verb follows, not a name or a thing ("Reply to Acme", "Switch to annual billing").
    private static boolean verbAt(Words words, int at) {
        return words.is(at, NameWords.TASK_VERBS) && !words.get(at).isCapitalised();
    }
}
