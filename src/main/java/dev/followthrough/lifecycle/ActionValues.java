package dev.followthrough.lifecycle;

import java.util.Arrays;
import java.util.Optional;

/**
 * The value formats of the action buttons, built and read in this one place: a plain commitment
 * id ("42"), or a choice and the id ("1h:42" for Snooze, "tomorrow:42" for the next update).
 */
public final class ActionValues {

    private static final String SEPARATOR = ":";

    private ActionValues() {}

    static String of(long commitmentId) {
        return Long.toString(commitmentId);
    }

    static String of(Snooze how, long commitmentId) {
        return how.key + SEPARATOR + commitmentId;
    }

    static String of(NextUpdate when, long commitmentId) {
        return when.key + SEPARATOR + commitmentId;
    }

    /** The value of a button that points at one commitment. */
    public static Pressed commitment(String value) {
        return id(value).<Pressed>map(Pressed.OnCommitment::new).orElseGet(() -> new Pressed.Malformed(value));
    }

    /** The value of the snooze menu's chosen option. */
    public static Pressed snooze(String value) {
        var parts = choice(value);
        if (parts.isEmpty()) {
            return new Pressed.Malformed(value);
        }
        var how = Arrays.stream(Snooze.values())
                .filter(snooze -> snooze.key.equals(parts.get()[0]))
                .findFirst();
        var id = id(parts.get()[1]);
        return how.isPresent() && id.isPresent()
                ? new Pressed.SnoozeChoice(id.get(), how.get())
                : new Pressed.Malformed(value);
    }

    /** The value of an answer to "when will you have the next update?". */
    public static Pressed nextUpdate(String value) {
        var parts = choice(value);
        if (parts.isEmpty()) {
            return new Pressed.Malformed(value);
        }
        var when = Arrays.stream(NextUpdate.values())
                .filter(answer -> answer.key.equals(parts.get()[0]))
                .findFirst();
        var id = id(parts.get()[1]);
        return when.isPresent() && id.isPresent()
                ? new Pressed.NextUpdateChoice(id.get(), when.get())
                : new Pressed.Malformed(value);
    }

    private static Optional<String[]> choice(String value) {
        if (value == null) {
            return Optional.empty();
        }
        var parts = value.split(SEPARATOR, -1);
        return parts.length == 2 ? Optional.of(parts) : Optional.empty();
    }

    private static Optional<Long> id(String value) {
        if (value == null
                || value.isEmpty()
                || value.length() > 19
                || !value.chars().allMatch(Character::isDigit)) {
            return Optional.empty();
        }
        try {
            return Optional.of(Long.parseLong(value));
        } catch (NumberFormatException tooLarge) {
            return Optional.empty();
        }
    }
}
