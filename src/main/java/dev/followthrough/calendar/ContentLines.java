package dev.followthrough.calendar;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * iCalendar's content lines (RFC 5545 §3.1): CRLF endings, lines folded at 75 octets without
 * splitting a character, and TEXT values escaped.
 */
final class ContentLines {

    private static final int MAXIMUM_OCTETS = 75;
    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss");

    private final StringBuilder text = new StringBuilder();

    /** A property whose value is already in its iCalendar form (a date, a number, a keyword). */
    ContentLines add(String nameAndParameters, String value) {
        text.append(fold(nameAndParameters + ":" + value)).append("\r\n");
        return this;
    }

    /** A TEXT property: the value is escaped. */
    ContentLines addText(String name, String value) {
        return add(name, escape(value));
    }

    ContentLines addUtc(String name, Instant instant) {
        return add(name, LOCAL.format(instant.atOffset(ZoneOffset.UTC)) + "Z");
    }

    static String local(LocalDateTime dateTime) {
        return LOCAL.format(dateTime);
    }

    static String utc(Instant instant) {
        return LOCAL.format(instant.atOffset(ZoneOffset.UTC)) + "Z";
    }

    @Override
    public String toString() {
        return text.toString();
    }

    /** Backslash, semicolon, comma and line breaks escaped; other control characters are not allowed. */
    static String escape(String value) {
        var escaped = new StringBuilder(value.length() + 16);
        var normalized = value.replace("\r\n", "\n").replace('\r', '\n');
        for (var index = 0; index < normalized.length(); index++) {
            var character = normalized.charAt(index);
            switch (character) {
                case '\\' -> escaped.append("\\\\");
                case ';' -> escaped.append("\\;");
                case ',' -> escaped.append("\\,");
                case '\n' -> escaped.append("\\n");
                default -> {
                    if (character == '\t' || !Character.isISOControl(character)) {
                        escaped.append(character);
                    }
                }
            }
        }
        return escaped.toString();
    }

    /** Splits a line into chunks of at most 75 octets; each continuation starts with a space. */
    static String fold(String line) {
        var folded = new StringBuilder(line.length() + 8);
        var octets = 0;
        var index = 0;
        while (index < line.length()) {
            var codePoint = line.codePointAt(index);
            var size = new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8).length;
            if (octets + size > MAXIMUM_OCTETS) {
                folded.append("\r\n ");
                octets = 1;
            }
            folded.appendCodePoint(codePoint);
            octets += size;
            index += Character.charCount(codePoint);
        }
        return folded.toString();
    }
}
