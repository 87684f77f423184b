package dev.followthrough.deadline;

import dev.followthrough.commitment.Counterparty;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** One word of the text: as typed, normalised for matching, and where it sits in the text. */
record Token(String text, String norm, int start, int end) {

    private static final Pattern MENTION = Pattern.compile("<@([A-Za-z0-9]+)(?:\\|[^>]*)?>");
    private static final Pattern PLAIN_MENTION = Pattern.compile("@\\p{L}[\\p{L}\\p{N}._-]*");

    boolean is(String... words) {
        for (String word : words) {
            if (norm.equals(word)) {
                return true;
            }
        }
        return false;
    }

    /** Slack's escaped {@code <@U…|ann>} as that user; a plain "@buyer" as someone named "@buyer". */
    Optional<Counterparty> person() {
        if (text.indexOf('@') < 0) {
            return Optional.empty();
        }
        Matcher escaped = MENTION.matcher(text);
        if (escaped.matches()) {
            return Optional.of(Counterparty.slackUser(escaped.group(1)));
        }
        String plain = withoutPossessive(bare());
        return PLAIN_MENTION.matcher(plain).matches() ? Optional.of(Counterparty.named(plain)) : Optional.empty();
    }

    boolean isMention() {
        return person().isPresent();
    }

    /**
     * Looks like part of a name ("Acme", "CFO", "O'Brien", "3M", "4Ever"), not a sentence's first
     * word "I" nor a time ("3PM").
     */
    boolean isCapitalised() {
        String word = Tokenizer.stripPunctuation(text);
        if (word.isEmpty() || word.equals("I") || word.startsWith("I'") || word.startsWith("I’")) {
            return false;
        }
        char first = word.charAt(0);
        if (Character.isDigit(first)) {
            return startsWithDigitsThenName(word);
        }
        if (!Character.isUpperCase(first)) {
            return false;
        }
        return word.chars().allMatch(c -> Character.isLetter(c) || c == '\'' || c == '-' || c == '&' || c == '.');
    }

    /** A plain word in lower case, the way some type a company's name ("umbrella", "acme"). */
    boolean isPlainWord() {
        String word = withoutPossessive(bare());
        return !word.isEmpty()
                && Character.isLetter(word.charAt(0))
                && word.chars().allMatch(c -> Character.isLetterOrDigit(c) || c == '\'' || c == '-' || c == '&');
    }

    boolean isPossessive() {
        String word = bare();
        return word.endsWith("'s") || word.endsWith("’s");
    }

    /** The typed word without surrounding punctuation. */
    String bare() {
        return Tokenizer.stripPunctuation(text);
    }

    private static String withoutPossessive(String word) {
        return word.endsWith("'s") || word.endsWith("’s") ? word.substring(0, word.length() - 2) : word;
    }

    // "3M", "4Ever", "7-Eleven": a digit-led word is a name only with a capital in it, and not "3PM".
    private static boolean startsWithDigitsThenName(String word) {
        String lower = word.toLowerCase(java.util.Locale.ROOT);
        if (lower.endsWith("am") || lower.endsWith("pm") || !word.chars().anyMatch(Character::isUpperCase)) {
            return false;
        }
        return word.chars().allMatch(c -> Character.isLetterOrDigit(c) || c == '-' || c == '&');
    }

    /** "3pm", "14:00", "2h": a word that starts with a digit. */
    boolean startsWithDigit() {
        return !norm.isEmpty() && Character.isDigit(norm.charAt(0));
    }
}
