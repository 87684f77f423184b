package dev.followthrough.deadline;

/**
 * Recognises who a promise is with when named in words: "Acme", "the CFO", "the buyer at Acme",
 * "Hooli's buyer", "Acme and Hooli", "3M".
 */
final class Names {

    /** How surely some words name someone: not at all, only if a verb says so ("umbrella will"), or surely. */
    enum Sureness {
        NONE,
        PLAIN,
        NAMED
    }

    private static final int LONGEST = 6;

    private Names() {}

    /**
     * The end of a name starting at {@code at} ("Acme", "the CFO", "the buyer at Acme"), or
     * {@code at} when the words there don't name anyone ("the deck", "review").
     */
    static int nameEnd(Words words, int at) {
        int position = words.is(at, NameWords.DETERMINERS) ? at + 1 : at;
        int end = at;
        while (position < words.size() && position - at < LONGEST) {
            Token word = words.get(position);
            boolean joins = words.is(position, NameWords.JOINERS) && nameWordAt(words, position + 1) && end > at;
            if (!(nameWord(words, position) || joins)) {
                break;
            }
            if (position > at && !words.adjacent(position - 1, position)) {
                break;
            }
            position++;
            if (!joins) {
                end = position;
            }
            boolean possessiveGoesOn = word.isPossessive() && nameWordAt(words, position);
            if ((word.isPossessive() && !possessiveGoesOn) || words.endsClause(position - 1)) {
                break;
            }
        }
        return end;
    }

    /**
     * How surely the words from {@code from} to {@code to} (exclusive), all of them, name someone
     * as the subject of a sentence: "Hooli's buyer", "the buyer at Hooli" and "4Ever Inc" surely,
     * "umbrella" only plainly, "the deck" and "it" not at all.
     */
    static Sureness subject(Words words, int from, int to) {
        if (to <= from || to - from > LONGEST || words.is(from, NameWords.TASK_VERBS)) {
            return Sureness.NONE;
        }
        if (to - from == 1 && words.get(from).isMention()) {
            return Sureness.NAMED;
        }
        if (words.is(to - 1, NameWords.THINGS) || words.is(from, NameWords.THINGS)) {
            return Sureness.NONE;
        }
        boolean named = false;
        int plainWords = 0;
        for (int position = from; position < to; position++) {
            if (position > from && !words.adjacent(position - 1, position)) {
                return Sureness.NONE;
            }
            boolean afterJoiner = position > from && words.is(position - 1, NameWords.JOINERS);
            boolean someoneAt = position == from && words.is(position, "someone", "somebody") && to - from > 2;
            if ((words.is(position, NameWords.NOT_NAMES) && !someoneAt) || isWeekday(words, position)) {
                return Sureness.NONE;
            } else if (words.is(position, NameWords.DETERMINERS)) {
                if (position != from && !afterJoiner) {
                    return Sureness.NONE;
                }
            } else if (words.is(position, NameWords.JOINERS)) {
                if (position == from || position == to - 1 || afterJoiner) {
                    return Sureness.NONE;
                }
            } else if (nameWord(words, position)) {
                named = true;
            } else if (words.get(position).isPlainWord()) {
                plainWords++;
            } else {
                return Sureness.NONE;
            }
        }
        if (named) {
            return Sureness.NAMED;
        }
        boolean determined = words.is(from, NameWords.DETERMINERS);
        return plainWords <= 3 && !determined ? Sureness.PLAIN : Sureness.NONE;
    }

    /** The name as typed, without a possessive or trailing punctuation; a sentence's "The" reads "the". */
    static String display(Words words, int from, int to) {
        String name = Tokenizer.stripPunctuation(words.text(from, to));
        if (name.endsWith("'s") || name.endsWith("’s")) {
            name = name.substring(0, name.length() - 2);
        }
        if (name.startsWith("The ")) {
            name = "the " + name.substring(4);
        }
        return name;
    }

    private static boolean nameWord(Words words, int position) {
        Token word = words.get(position);
        if (isWeekday(words, position)) {
            return false;
        }
        String norm = word.norm();
        String unpossessed = word.isPossessive() ? norm.substring(0, norm.length() - 2) : norm;
        return word.isCapitalised() || NameWords.ROLES.contains(unpossessed) || word.isMention();
    }

    private static boolean nameWordAt(Words words, int position) {
        return position < words.size() && nameWord(words, position);
    }

    // "call Bob Monday week": a weekday is never part of a name.
    private static boolean isWeekday(Words words, int position) {
        return Lexicon.weekday(words.get(position).norm()).isPresent();
    }
}
