package dev.followthrough.deadline;

import dev.followthrough.commitment.Counterparty;
import java.util.Optional;
import java.util.Set;

/** Who the owner's task is for, from its own words: "send the deck to Acme", "ping umbrella", "send @buyer the PO". */
final class Recipient {

    private static final Set<String> PREPOSITIONS = Set.of("to", "for", "with");

    /** Where something comes from, read only when nothing is going to anyone: "get sign-off from legal". */
    private static final Set<String> SOURCES = Set.of("from");

    /** Verbs whose object is always someone, in whatever case: "ping umbrella", "call acme". */
    private static final Set<String> PERSON_VERBS = Set.of(
            "call", "ring", "phone", "ping", "text", "message", "dm", "remind", "tell", "ask", "thank", "invite",
            "notify", "meet", "contact", "brief", "email", "e-mail", "nudge", "chase");

    /** Words before "with"/"to" that make what follows someone, in whatever case: "follow up with umbrella". */
    private static final Set<String> TALKED_WITH = Set.of(
            "up", "in", "back", "talk", "speak", "reply", "respond", "sync", "meet", "chat", "write", "touch", "base");

    /** Words that start what is handed over, so the word before them is who gets it: "send umbrella the quote". */
    private static final Set<String> HANDED_OVER =
            Set.of("the", "a", "an", "our", "my", "this", "that", "these", "those", "some", "their", "his", "her");

    /** Words that say someone else is receiving, not named: "send them the deck", "call back". */
    private static final Set<String> NOT_RECIPIENTS = Set.of(
            "them",
            "him",
            "her",
            "me",
            "us",
            "it",
            "this",
            "that",
            "everyone",
            "over",
            "out",
            "back",
            "along",
            "up",
            "off",
            "in",
            "on",
            "through",
            "across",
            "round",
            "around",
            "again",
            "asap",
            "soon",
            "now");

    private Recipient() {}

    /** The last "to X" / "for X" / "with X" naming someone; else a mention; else "send Acme …". */
    static Optional<Counterparty> of(Words words, int from, int to) {
        Optional<Counterparty> receiver = named(words, from, to, PREPOSITIONS);
        if (receiver.isPresent()) {
            return receiver;
        }
        Optional<Counterparty> source = named(words, from, to, SOURCES);
        if (source.isPresent()) {
            return source;
        }
        for (int position = from; position < to; position++) {
            Optional<Counterparty> person = words.get(position).person();
            if (person.isPresent()) {
                return person;
            }
        }
        if (verbIn(words, from, NameWords.CONTACT_VERBS) && words.adjacent(from, from + 1) && from + 1 < to) {
            Token object = words.get(from + 1);
            // "send the Acme deck" names a thing; "call the buyer at Hooli" can only name someone.
            boolean someone = verbIn(words, from, PERSON_VERBS);
            int end = object.is("the") && !someone ? from + 1 : Math.min(Names.nameEnd(words, from + 1), to);
            if (end > from + 1) {
                return Optional.of(Counterparty.named(Names.display(words, from + 1, end)));
            }
            if (plainRecipient(words, from, to)) {
                return Optional.of(Counterparty.named(Names.display(words, from + 1, from + 2)));
            }
        }
        return Optional.empty();
    }

    /** The last "to X" (or whichever {@code prepositions}) that names someone, in the task's words. */
    private static Optional<Counterparty> named(Words words, int from, int to, Set<String> prepositions) {
        for (int position = to - 2; position >= from; position--) {
            if (!words.is(position, prepositions) || !words.adjacent(position, position + 1)) {
                continue;
            }
            Token next = words.get(position + 1);
            if (next.isMention()) {
                return next.person();
            }
            int end = Math.min(Names.nameEnd(words, position + 1), to);
            if (end > position + 1) {
                return Optional.of(Counterparty.named(Names.display(words, position + 1, end)));
            }
            boolean someoneFollows = words.is(position - 1, TALKED_WITH) && words.adjacent(position - 1, position);
            if (someoneFollows && plainName(words, position + 1)) {
                return Optional.of(Counterparty.named(Names.display(words, position + 1, position + 2)));
            }
        }
        return Optional.empty();
    }

    // A name typed in lower case only where the verb says it is someone: "ping umbrella", "send acme the quote".
    private static boolean plainRecipient(Words words, int verb, int to) {
        int object = verb + 1;
        if (!plainName(words, object)) {
            return false;
        }
        boolean handedOver = object + 1 < to && words.adjacent(object, object + 1) && words.is(object + 1, HANDED_OVER);
        return verbIn(words, verb, PERSON_VERBS) || handedOver;
    }

    private static boolean plainName(Words words, int position) {
        Token word = words.get(position);
        return word.isPlainWord()
                && !words.is(position, NOT_RECIPIENTS)
                && !words.is(position, HANDED_OVER)
                && !words.is(position, NameWords.NOT_NAMES)
                && !words.is(position, NameWords.THINGS)
                && !words.is(position, Lexicon.LEADS)
                && Lexicon.weekday(word.norm()).isEmpty();
    }

    /** The verb or its -ing form: "send", "sending"; "get", "getting"; "give", "giving". */
    private static boolean verbIn(Words words, int position, Set<String> verbs) {
        if (position >= words.size()) {
            return false;
        }
        String norm = words.get(position).norm();
        if (verbs.contains(norm)) {
            return true;
        }
        if (norm.length() < 6 || !norm.endsWith("ing")) {
            return false;
        }
        String stem = norm.substring(0, norm.length() - 3);
        boolean doubled = stem.charAt(stem.length() - 1) == stem.charAt(stem.length() - 2);
        return verbs.contains(stem)
                || verbs.contains(stem + "e")
                || (doubled && verbs.contains(stem.substring(0, stem.length() - 1)));
    }
}
