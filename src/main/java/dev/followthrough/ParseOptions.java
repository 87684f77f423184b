package dev.followthrough;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.IllformedLocaleException;
import java.util.Locale;
import java.util.Optional;

/** The parse command's arguments, read and checked; anything wrong is an IllegalArgumentException saying what. */
record ParseOptions(Clock clock, ZoneId zone, Locale locale, Optional<String> text) {

    static ParseOptions parse(String[] args) {
        String now = null;
        ZoneId zone = ZoneOffset.UTC;
        Locale locale = Locale.US;
        String text = null;
        int index = 0;
        if (args.length > 0 && "parse".equals(args[0])) {
            index = 1;
        }
        for (; index < args.length; index++) {
            String arg = args[index];
            switch (arg) {
                case "--now" -> now = value(args, ++index, arg);
                case "--tz" -> zone = zone(value(args, ++index, arg));
                case "--locale" -> locale = locale(value(args, ++index, arg));
                default -> {
                    if (arg.startsWith("--")) {
                        throw new IllegalArgumentException("Unknown option " + arg + ".");
                    }
                    if (text != null) {
                        throw new IllegalArgumentException("Give the promise as one quoted argument.");
                    }
                    text = arg;
                }
            }
        }
        Clock clock = now == null ? Clock.system(zone) : Clock.fixed(instant(now, zone), zone);
        return new ParseOptions(clock, zone, locale, Optional.ofNullable(text));
    }

    private static String value(String[] args, int index, String flag) {
        if (index >= args.length) {
            throw new IllegalArgumentException("Option " + flag + " needs a value.");
        }
        return args[index];
    }

    private static ZoneId zone(String id) {
        try {
            return ZoneId.of(id);
        } catch (DateTimeException unknown) {
            throw new IllegalArgumentException("Unknown time zone for --tz: " + id + ".");
        }
    }

    private static Locale locale(String tag) {
        try {
            return new Locale.Builder().setLanguageTag(tag).build();
        } catch (IllformedLocaleException illformed) {
            throw new IllegalArgumentException("Not a locale for --locale: " + tag + " (use a tag like en-US).");
        }
    }

    private static Instant instant(String now, ZoneId zone) {
        try {
            return LocalDateTime.parse(now).atZone(zone).toInstant();
        } catch (DateTimeException unreadable) {
            throw new IllegalArgumentException(
                    "Not a local date-time for --now: " + now + " (use a form like 2026-11-23T10:00).");
        }
    }
}
