package dev.followthrough.deadline;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Whether a promise names a zone, by the lexicon of decisions12.md, read independently of the parser's own: a row
 * that does may never come back with a wrong firm deadline. Erring towards "it does" only makes the check stricter.
 */
final class ZoneWordsInText {

    private ZoneWordsInText() {}

    // Counted only in capitals: "at 4pm at" is not Atlantic, "pt" is not Pacific.
    private static final Set<String> CAPITALS_ONLY = Set.of("ET", "CT", "MT", "PT", "AT", "IST", "AST", "GST");

    private static final Set<String> ANY_CASE = ZoneLexicon.WORDS.stream()
            .map(ZoneLexicon.ZoneWord::words)
            .filter(words -> !words.contains(" ") && !CAPITALS_ONLY.contains(words))
            .map(words -> words.toLowerCase(Locale.ROOT))
            .collect(Collectors.toUnmodifiableSet());

    private static final Set<String> BEFORE_TIME = Set.of(
            "uk",
            "british",
            "london",
            "india",
            "european",
            "sydney",
            "melbourne",
            "adelaide",
            "perth",
            "tokyo",
            "seoul",
            "singapore",
            "kong",
            "nz",
            "auckland",
            "moscow",
            "dubai",
            "york",
            "ny",
            "nyc",
            "chicago",
            "denver",
            "la",
            "angeles",
            "sf",
            "francisco",
            "seattle",
            "toronto",
            "vancouver",
            "city",
            "paulo",
            "paris",
            "berlin",
            "madrid",
            "rome",
            "amsterdam",
            "dublin",
            "lisbon",
            "zurich",
            "stockholm",
            "warsaw",
            "athens",
            "istanbul",
            "mumbai",
            "delhi",
            "bangalore",
            "shanghai",
            "beijing",
            "their",
            "client's",
            "local",
            "my",
            "your");

    static boolean mentionsAZone(String text) {
        List<String> words = words(text);
        for (int at = 0; at < words.size(); at++) {
            String word = words.get(at);
            String lower = word.toLowerCase(Locale.ROOT);
            if (CAPITALS_ONLY.contains(word) || ANY_CASE.contains(lower) || offset(lower)) {
                return true;
            }
            if (lower.equals("time")
                    && at > 0
                    && BEFORE_TIME.contains(words.get(at - 1).toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    /** "UTC+2", "GMT-5", "+0530", "-05:00". */
    private static boolean offset(String word) {
        if (word.startsWith("utc") || word.startsWith("gmt")) {
            return word.length() > 3 && (word.charAt(3) == '+' || word.charAt(3) == '-');
        }
        return word.length() >= 3
                && (word.charAt(0) == '+' || word.charAt(0) == '-')
                && word.substring(1).chars().allMatch(c -> Character.isDigit(c) || c == ':');
    }

    private static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        var word = new StringBuilder();
        for (int at = 0; at < text.length(); at++) {
            char next = text.charAt(at);
            if (Character.isLetterOrDigit(next) || next == '+' || next == '-' || next == ':' || next == '\'') {
                word.append(next);
            } else if (word.length() > 0) {
                words.add(word.toString());
                word.setLength(0);
            }
        }
        if (word.length() > 0) {
            words.add(word.toString());
        }
        return words;
    }
}
