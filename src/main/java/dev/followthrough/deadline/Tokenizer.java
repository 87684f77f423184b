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
    private static final Set<String> DOTTED = Set.of("eod", "eow", "eom", "eoq", "eoy", "cob", "eob");
    private static final String TRAILING = ".,;:!?)\"']}»”’…—–-";

    private Tokenizer() {}

    static List<Token> tokens(String text) {
        List<Token> tokens = new ArrayList<>();
        Matcher matcher = WORD.matcher(text);
        while (matcher.find()) {
            String word = matcher.group();
            String norm = normalise(word);
            if (!norm.isEmpty()) {
                tokens.add(new Token(word, norm, matcher.start(), matcher.end()));
            }
        }
        return tokens;
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
