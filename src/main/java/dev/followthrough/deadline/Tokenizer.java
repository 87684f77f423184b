package dev.followthrough.deadline;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Splits typed text into words, keeping Slack's escaped mentions and links whole. */
final class Tokenizer {

    private static final Pattern WORD = Pattern.compile("<[^<>\\s][^<>]*>|\\S+", Pattern.UNICODE_CHARACTER_CLASS);
    private static final String LEADING = "(\"'[{«“‘—–";

    /** After "@" these are a time, not a person: "@3pm", "@noon". */
    private static final Set<String> TIME_WORDS =
            Set.of("noon", "midday", "midnight", "eod", "cob", "today", "tonight", "tomorrow", "tmrw", "tmr");

    private static final Set<String> DOTTED = Set.of("eod", "eow", "eom", "eoq", "eoy", "cob", "eob");
    private static final String TRAILING = ".,;:!?)\"']}»”’…—–-";

    private Tokenizer() {}

    static List<Token> tokens(String text) {
        List<Token> tokens = new ArrayList<>();
        Matcher matcher = WORD.matcher(text);
        while (matcher.find()) {
            String word = matcher.group();
            if (isAtTime(word)) {
                tokens.add(new Token("@", "@", matcher.start(), matcher.start() + 1));
                add(tokens, word.substring(1), matcher.start() + 1);
            } else {
                add(tokens, word, matcher.start());
            }
        }
        return tokens;
    }

    private static void add(List<Token> tokens, String word, int start) {
        String norm = normalise(word);
        if (!norm.isEmpty()) {
            tokens.add(new Token(word, norm, start, start + word.length()));
        }
    }

    private static boolean isAtTime(String word) {
        if (word.length() < 2 || word.charAt(0) != '@') {
            return false;
        }
        String rest = normalise(word.substring(1));
        return Character.isDigit(word.charAt(1))
                || TIME_WORDS.contains(rest)
                || Lexicon.weekday(rest).isPresent();
    }

    static String normalise(String word) {
        if (word.startsWith("<") && word.endsWith(">")) {
            int bar = word.indexOf('|');
            return bar < 0 ? word : word.substring(0, bar) + ">";
        }
        String norm = stripPunctuation(word.replace('’', '\'').replace('‘', '\''))
                .toLowerCase(Locale.ROOT)
                .replace("a.m", "am")
                .replace("p.m", "pm");
        // "E.O.W." loses only its last dot to the punctuation rule; the others go here.
        String undotted = norm.replace(".", "");
        return norm.indexOf('.') > 0 && DOTTED.contains(undotted) ? undotted : norm;
    }

    static String stripPunctuation(String word) {
        int from = 0;
        int to = word.length();
        while (from < to && LEADING.indexOf(word.charAt(from)) >= 0) {
            from++;
        }
        while (to > from && TRAILING.indexOf(word.charAt(to - 1)) >= 0) {
            to--;
        }
        return word.substring(from, to);
    }
}
