package dev.followthrough;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import dev.followthrough.commitment.Counterparty;
import dev.followthrough.deadline.Deadline;
import dev.followthrough.deadline.DeadlineContext;
import dev.followthrough.deadline.PromiseDraft;
import dev.followthrough.deadline.PromiseParser;
import dev.followthrough.deadline.PromiseReading;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Optional;

/**
 * {@code parse --now 2026-11-23T10:00 --tz America/New_York [--locale en-US] ["text"]}: prints
 * how a promise reads, as one JSON object per text; with no text, reads one text per line.
 */
public final class ParseCommand {

    static final String USAGE =
            "usage: parse [--now 2026-11-23T10:00] [--tz America/New_York] [--locale en-US] [\"promise text\"]";

    static final String HELP = """
            Shows how Followthrough reads a promise: one JSON object with what, counterparty, direction,
            firmness, due, target, zone, ambiguous, readings and error. Times are shown in --tz; zone is
            the zone a deadline was read in ("4pm ET" is read in America/New_York), error the reason
            a promise was refused.
              --now     the local date and time to read relative to (default: now)
              --tz      the time zone to read in (default: UTC)
              --locale  decides whether 12/3 is 3 December or 12 March (default: en-US)
            With no promise text, reads one promise per line from standard input.""";

    private static final Gson GSON =
            new GsonBuilder().serializeNulls().disableHtmlEscaping().create();

    private ParseCommand() {}

    /** Exit status 0, or 2 when the arguments themselves are wrong. */
    public static int run(String[] args, BufferedReader in, PrintStream out, PrintStream err) {
        if (Arrays.asList(args).contains("--help") || Arrays.asList(args).contains("-h")) {
            out.println(USAGE);
            out.println(HELP);
            return 0;
        }
        ParseOptions options;
        try {
            options = ParseOptions.parse(args);
        } catch (IllegalArgumentException wrong) {
            err.println(wrong.getMessage());
            err.println(USAGE);
            return 2;
        }
        PromiseParser parser = new PromiseParser(options.clock());
        DeadlineContext context = DeadlineContext.of(options.zone(), options.locale());
        if (options.text().isPresent()) {
            out.println(GSON.toJson(json(parser.read(options.text().get(), context), options.zone())));
            return 0;
        }
        try {
            String line;
            while ((line = in.readLine()) != null) {
                out.println(GSON.toJson(json(parser.read(line, context), options.zone())));
            }
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
        return 0;
    }

    static JsonObject json(PromiseReading reading, ZoneId zone) {
        JsonObject json = new JsonObject();
        JsonArray readings = new JsonArray();
        if (reading instanceof PromiseReading.Parsed || reading instanceof PromiseReading.Recurring) {
            PromiseDraft draft = reading instanceof PromiseReading.Parsed parsed
                    ? parsed.draft()
                    : ((PromiseReading.Recurring) reading).first();
            describe(json, draft.what(), draft.counterparty(), draft.direction().name());
            deadline(json, draft.deadline(), zone);
            json.addProperty("ambiguous", false);
        } else if (reading instanceof PromiseReading.Ambiguous ambiguous) {
            describe(
                    json,
                    ambiguous.what(),
                    ambiguous.counterparty(),
                    ambiguous.direction().name());
            json.add("firmness", null);
            json.add("due", null);
            json.add("target", null);
            json.add("zone", null);
            json.addProperty("ambiguous", true);
            for (Deadline choice : ambiguous.readings()) {
                JsonObject option = new JsonObject();
                deadline(option, choice, zone);
                readings.add(option);
            }
        } else {
            describe(json, null, Optional.empty(), null);
            json.add("firmness", null);
            json.add("due", null);
            json.add("target", null);
            json.add("zone", null);
            json.addProperty("ambiguous", false);
        }
        json.add("readings", readings);
        json.addProperty("error", reading instanceof PromiseReading.Invalid invalid ? invalid.reason() : null);
        return json;
    }

    private static void describe(JsonObject json, String what, Optional<Counterparty> counterparty, String direction) {
        json.addProperty("what", what);
        json.addProperty(
                "counterparty", counterparty.map(ParseCommand::identify).orElse(null));
        json.addProperty("direction", direction);
    }

    private static String identify(Counterparty counterparty) {
        if (counterparty instanceof Counterparty.SlackUser user) {
            return user.userId();
        }
        return ((Counterparty.Named) counterparty).name();
    }

    private static void deadline(JsonObject json, Deadline deadline, ZoneId zone) {
        json.addProperty("firmness", deadline.firmness().name());
        if (deadline instanceof Deadline.Hard hard) {
            json.addProperty("due", iso(hard.due(), zone));
            json.add("target", null);
            json.addProperty("zone", hard.zone().getId());
        } else {
            json.addProperty("zone", zone.getId());
            json.add("due", null);
            json.addProperty(
                    "target",
                    ((Deadline.Soft) deadline)
                            .target()
                            .map(target -> iso(target, zone))
                            .orElse(null));
        }
    }

    private static String iso(Instant instant, ZoneId zone) {
        return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(instant.atZone(zone));
    }
}
