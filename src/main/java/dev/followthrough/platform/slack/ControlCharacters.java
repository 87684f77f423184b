package dev.followthrough.platform.slack;

/**
 * Text without the control characters nobody types on purpose: NUL (which PostgreSQL refuses in
 * text), the rest of C0 and DEL. Tab and newline stay: people paste them, and a carriage return
 * before a newline is dropped with the others.
 */
final class ControlCharacters {

    private ControlCharacters() {}

    static String removeFrom(String text) {
        if (text == null || text.chars().noneMatch(ControlCharacters::isUnwanted)) {
            return text;
        }
        var kept = new StringBuilder(text.length());
        text.chars().filter(character -> !isUnwanted(character)).forEach(character -> kept.append((char) character));
        return kept.toString();
    }

    private static boolean isUnwanted(int character) {
        return (character < 0x20 && character != '\t' && character != '\n') || character == 0x7F;
    }
}
