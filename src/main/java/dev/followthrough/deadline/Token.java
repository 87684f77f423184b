package dev.followthrough.deadline;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** One word of the text: as typed, normalised for matching, and where it sits in the text. */
record Token(String text, String norm, int start, int end) {

    private static final Pattern MENTION = Pattern.compile("<@([A-Za-z0-9]+)(?:\\|[^>]*)?>");

    boolean is(String... words) {
        for (String word : words) {
            if (norm.equals(word)) {
                return true;
            }
        }
        return false;
    }

    Optional<String> mentionedUser() {
        Matcher matcher = MENTION.matcher(text);
        return matcher.matches() ? Optional.of(matcher.group(1)) : Optional.empty();
    }

    boolean isMention() {
        return mentionedUser().isPresent();
    }

    /** Looks like part of a name ("Acme", "CFO", "O'Brien"), not a sentence's first word "I". */
    boolean isCapitalised() {
        String word = Tokenizer.stripPunctuation(text);
        if (word.isEmpty() || word.equals("I") || !Character.isUpperCase(word.charAt(0))) {
            return false;
        }
        return word.chars().allMatch(c -> Character.isLetter(c) || c == '\'' || c == '-' || c == '&' || c == '.');
    }

    /** The typed word without surrounding punctuation. */
    String bare() {
        return Tokenizer.stripPunctuation(text);
    }
}
