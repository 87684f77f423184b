package dev.followthrough.deadline;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

/** The words that hedge a deadline, and how they are split off the words they hedge. */
final class HedgeWords {

    /** Phrases that hedge the deadline right after them, besides the adverbs. */
    private static final String[][] BEFORE_PHRASES = {
        {"aim", "for"},
        {"aiming", "for"},
        {"shooting", "for"},
        {"shoot", "for"},
        {"target"},
        {"targeting"},
        {"targetting"},
        {"no", "promises", "but"},
        {"no", "promises"},
        {"fingers", "crossed"},
        {"if", "possible"},
        {"if", "all", "goes", "well"},
        {"likely"}
    };

    /** Words that hedge a time right after them and also read it as one ("about 3" is 3 o'clock). */
    static final String[] APPROXIMATELY = {"around", "about", "roughly", "approximately", "approx", "circa", "~"};

    /** Phrases that hedge the deadline right before them, besides the adverbs. */
    private static final String[][] AFTER_PHRASES = {
        {"ish"},
        {"or", "so"},
        {"or", "thereabouts"},
        {"roughly"},
        {"approximately"},
        {"approx"},
        {"if", "possible"},
        {"if", "i", "can"},
        {"if", "we", "can"},
        {"if", "all", "goes", "well"},
        {"fingers", "crossed"},
        {"no", "promises"},
        {"at", "the", "earliest"},
        {"at", "earliest"},
        {"give", "or", "take"},
        {"all", "being", "well"},
        {"with", "luck"},
        {"with", "any", "luck"}
    };

    /** Adverbs that hedge whatever they stand next to: the deadline before or after them, or the whole promise. */
    private static final String[] ADVERBS = {
        "hopefully", "probably", "maybe", "possibly", "perhaps", "ideally", "tentatively"
    };

    /** Words that hedge the deadline right after them. */
    static final String[][] BEFORE = withAdverbs(BEFORE_PHRASES);

    /** Words that hedge the deadline right before them. */
    static final String[][] AFTER = withAdverbs(AFTER_PHRASES);

    /** Words that hedge the whole promise at its start or after "will", "I'll", "we're": "Acme will probably sign". */
    static final String[] SENTENCE =
            Stream.concat(Arrays.stream(ADVERBS), Stream.of("likely")).toArray(String[]::new);

    private static String[][] withAdverbs(String[][] phrases) {
        return Stream.concat(Arrays.stream(ADVERBS).map(adverb -> new String[] {adverb}), Arrays.stream(phrases))
                .toArray(String[][]::new);
    }

    /** Verbs that hedge what follows them with "to": "aiming to send", "I'll try to call". */
    static final String[] ATTEMPTS = {"aim", "aiming", "hope", "hoping", "try", "trying"};

    static final String[] MODALS = {
        "will", "should", "would", "might", "can", "could", "shall", "i", "we", "am", "are", "is", "be", "gonna"
    };

    static final String[] DETERMINERS = {
        "the", "a", "an", "our", "my", "your", "their", "his", "her", "its", "this", "that", "sales", "revenue"
    };

    static final String[] UNITS = {
        "minute", "minutes", "min", "mins", "hour", "hours", "hr", "hrs", "day", "days", "week", "weeks"
    };

    /**
     * The typed words with a leading "~" as a word of its own, and "-ish" read off the word it
     * hedges ("Friday-ish" reads as "Friday", its text keeps the "-ish"), each keeping its place
     * in the text so the task can be cut around them.
     */
    static List<Token> separated(List<Token> tokens) {
        List<Token> separated = new ArrayList<>(tokens.size());
        for (Token token : tokens) {
            Token rest = token;
            int tilde = token.text().indexOf('~');
            if (token.norm().length() > 1 && token.norm().startsWith("~")) {
                int after = token.start() + tilde + 1;
                separated.add(new Token("~", "~", after - 1, after));
                rest = new Token(token.text().substring(tilde + 1), token.norm().substring(1), after, token.end());
            }
            String norm = rest.norm();
            boolean hyphened = norm.length() > 4 && norm.endsWith("-ish");
            boolean glued = norm.length() > 3 && norm.endsWith("ish") && Character.isDigit(norm.charAt(0));
            if (hyphened || glued) {
                String stem = norm.substring(0, norm.length() - (hyphened ? 4 : 3));
                rest = new Token(rest.text(), stem, rest.start(), rest.end());
            }
            separated.add(rest);
        }
        return separated;
    }

    /** "Friday-ish", "3pm-ish", "3ish": read as the word before the "-ish" (not "English", "finish"). */
    static boolean hedgedWithIsh(Token token) {
        return !token.norm().endsWith("ish")
                && Tokenizer.normalise(token.text()).endsWith("ish");
    }

    private HedgeWords() {}
}
