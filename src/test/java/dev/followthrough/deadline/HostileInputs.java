package dev.followthrough.deadline;

import java.util.List;

/**
 * Promises of 1,000 characters built to make a parser backtrack, loop or overflow: repeated deadline words, chains
 * of times, long digit runs, nested mentions, emoji, unicode spaces, one letter over and over.
 */
public final class HostileInputs {

    public static final int LENGTH = 1_000;

    private HostileInputs() {}

    /** A hostile input and what it is, for a test's name and the benchmark's table. */
    public record HostileInput(String name, String text) {
        @Override
        public String toString() {
            return name;
        }
    }

    public static List<HostileInput> all() {
        return List.of(
                input("\"by by by\"", "send the deck " + repeated("by ")),
                input("deadline words", repeated("by Friday before Monday at noon until EOD next ")),
                input("2:30pm chain", "send the deck by " + repeated("2:30pm ")),
                input("times without spaces", repeated("2:30pm2:30pm14:00")),
                input("digits", repeated("9")),
                input("digits and colons", repeated("1:2:3:4:5:")),
                input("digits and dots", repeated("1.2.3.4.5.")),
                input("nested mentions", repeated("<@U1|<@U2|<@U3|")),
                input("unclosed mentions", "send " + repeated("<@U123ABC|buyer ")),
                input("emoji", "send the deck by Friday " + repeated("\uD83D\uDE80\uD83D\uDCC8 ")),
                input("unicode spaces", repeated("send\u00A0the\u2003deck\u2009by\u202FFriday\u3000")),
                input("one letter", repeated("a")),
                input("one word", repeated("next ")),
                input("spans", "send the deck in " + repeated("2 hours and ")),
                input("clock words", "call Acme at " + repeated("half past quarter to ")),
                input("period ends", "send the deck " + repeated("E.O.W. end of Q1 ")),
                input("zone words", "send the deck at 4pm " + repeated("ET PT UTC+2 London time ")),
                input("hedges", "send the deck " + repeated("-ish ~maybe ")),
                input("who", repeated("Acme's buyer at Hooli said they'd ")),
                input("punctuation", repeated("((([[{{'\"!?.,;:|")),
                input("plain mentions", repeated("@buyer ")),
                input("ordinals", "send the deck by the " + repeated("twenty-first of ")),
                input("Monday week", "send the deck " + repeated("Monday week ")));
    }

    private static HostileInput input(String name, String text) {
        return new HostileInput(name, cut(text));
    }

    private static String repeated(String unit) {
        return unit.repeat(LENGTH / unit.length() + 1);
    }

    /** Exactly {@link #LENGTH} characters, never half an emoji. */
    private static String cut(String text) {
        String cut = text.substring(0, LENGTH);
        return Character.isHighSurrogate(cut.charAt(LENGTH - 1)) ? cut.substring(0, LENGTH - 1) + " " : cut;
    }
}
