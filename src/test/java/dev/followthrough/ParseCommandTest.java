package dev.followthrough;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ParseCommandTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String stdin, String... args) {
        return ParseCommand.run(
                args,
                new BufferedReader(new StringReader(stdin)),
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private List<String> lines() {
        return out.toString(StandardCharsets.UTF_8).lines().toList();
    }

    private static JsonObject json(String line) {
        return JsonParser.parseString(line).getAsJsonObject();
    }

    @Test
    void helpExplainsTheOptionsAndExitsWithZero() {
        int status = run("", "--help");

        assertThat(status).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8))
                .contains("usage: parse")
                .contains("--locale");
    }

    @Test
    void printsOneJsonObjectForTheTextArgument() {
        int status = run(
                "",
                "--now",
                "2026-11-23T10:00",
                "--tz",
                "America/New_York",
                "--locale",
                "en-US",
                "send Acme the revised proposal by Fri 2pm");

        assertThat(status).isZero();
        assertThat(lines()).hasSize(1);
        JsonObject reading = json(lines().get(0));
        assertThat(reading.get("what").getAsString()).isEqualTo("send Acme the revised proposal");
        assertThat(reading.get("counterparty").getAsString()).isEqualTo("Acme");
        assertThat(reading.get("direction").getAsString()).isEqualTo("MINE");
        assertThat(reading.get("firmness").getAsString()).isEqualTo("HARD");
        assertThat(reading.get("due").getAsString()).isEqualTo("2026-11-27T14:00:00-05:00");
        assertThat(reading.get("target").isJsonNull()).isTrue();
        assertThat(reading.get("ambiguous").getAsBoolean()).isFalse();
        assertThat(reading.getAsJsonArray("readings")).isEmpty();
        assertThat(reading.get("error").isJsonNull()).isTrue();
    }

    @Test
    void namesTheZoneEachDeadlineWasReadIn() {
        int status = run(
                "", "--now", "2026-11-23T10:00", "--tz", "Europe/London", "--locale", "en-GB", "call Acme at 4pm ET");

        assertThat(status).isZero();
        JsonObject reading = json(lines().get(0));
        assertThat(reading.get("what").getAsString()).isEqualTo("call Acme");
        assertThat(reading.get("due").getAsString()).isEqualTo("2026-11-23T21:00:00Z");
        assertThat(reading.get("zone").getAsString()).isEqualTo("America/New_York");
    }

    @Test
    void namesTheZoneOfEachReadingAndTheOwnersWhenNoneWasWritten() {
        run(
                "send the deck tomorrow 1:30am\nsend the deck tomorrow 9am\nsend the deck by 4pm their time\n",
                "--now",
                "2026-10-31T11:00",
                "--tz",
                "America/New_York");

        JsonObject repeated = json(lines().get(0));
        assertThat(repeated.get("ambiguous").getAsBoolean()).isTrue();
        assertThat(repeated.getAsJsonArray("readings").toString())
                .contains("2026-11-01T01:30:00-04:00")
                .contains("2026-11-01T01:30:00-05:00")
                .contains("\"zone\":\"America/New_York\"");
        assertThat(json(lines().get(1)).get("zone").getAsString()).isEqualTo("America/New_York");
        assertThat(json(lines().get(2)).get("error").getAsString()).contains("which zone 'their time' is");
    }

    @Test
    void acceptsTheSubcommandNameAsTheFirstArgument() {
        int status = run("", "parse", "--now", "2026-11-23T10:00", "--tz", "America/New_York", "call Bob at 2");

        assertThat(status).isZero();
        assertThat(json(lines().get(0)).get("due").getAsString()).isEqualTo("2026-11-23T14:00:00-05:00");
    }

    @Test
    void readsOneTextPerLineFromStdinInOrder() {
        String stdin = String.join(
                "\n",
                "<@U123ABC|ann> will send the contract next week",
                "send the deck by next Friday",
                "send the deck yesterday",
                "   ");

        int status = run(stdin, "--now", "2026-11-23T10:00", "--tz", "America/New_York");

        assertThat(status).isZero();
        assertThat(lines()).hasSize(4);
        JsonObject soft = json(lines().get(0));
        assertThat(soft.get("counterparty").getAsString()).isEqualTo("U123ABC");
        assertThat(soft.get("direction").getAsString()).isEqualTo("THEIRS");
        assertThat(soft.get("firmness").getAsString()).isEqualTo("SOFT");
        assertThat(soft.get("due").isJsonNull()).isTrue();
        assertThat(soft.get("target").getAsString()).isEqualTo("2026-12-04T17:00:00-05:00");

        JsonObject ambiguous = json(lines().get(1));
        assertThat(ambiguous.get("ambiguous").getAsBoolean()).isTrue();
        assertThat(ambiguous.getAsJsonArray("readings")).hasSize(2);
        assertThat(ambiguous
                        .getAsJsonArray("readings")
                        .get(0)
                        .getAsJsonObject()
                        .get("due")
                        .getAsString())
                .isEqualTo("2026-11-27T17:00:00-05:00");
        assertThat(ambiguous
                        .getAsJsonArray("readings")
                        .get(1)
                        .getAsJsonObject()
                        .get("due")
                        .getAsString())
                .isEqualTo("2026-12-04T17:00:00-05:00");

        JsonObject refused = json(lines().get(2));
        assertThat(refused.get("error").getAsString()).contains("Yesterday has already passed");
        assertThat(refused.get("what").isJsonNull()).isTrue();

        assertThat(json(lines().get(3)).get("error").getAsString()).startsWith("Say what you promised");
    }

    @Test
    void defaultsToUtcAndUsEnglish() {
        int status = run("", "--now", "2026-11-23T10:00", "send the deck by 12/3 at 2pm");

        assertThat(status).isZero();
        assertThat(json(lines().get(0)).get("due").getAsString()).isEqualTo("2026-12-03T14:00:00Z");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "--when 2026-11-23T10:00|Unknown option --when",
                "--tz Mars/Olympus|Unknown time zone for --tz: Mars/Olympus",
                "--now tomorrow|Not a local date-time for --now: tomorrow",
                "--now|Option --now needs a value",
                "--locale !!|Not a locale for --locale: !!",
                "one two|Give the promise as one quoted argument",
            })
    void wrongArgumentsExitWithStatusTwoAndSayWhatIsWrong(String args, String message) {
        int status = run("", args.split(" "));

        assertThat(status).isEqualTo(2);
        assertThat(out.toString(StandardCharsets.UTF_8)).isEmpty();
        assertThat(err.toString(StandardCharsets.UTF_8)).contains(message).contains("usage: parse");
    }

    @Test
    void readsAPlainAtNameLikeSlacksEscapedMention() {
        int status = run(
                "@buyer will send the PO by Friday\nsend @buyer the deck by Friday\n<@U300|buyer> will send the PO by Friday\n",
                "--now",
                "2026-11-23T10:00",
                "--tz",
                "America/New_York");

        assertThat(status).isZero();
        JsonObject theirs = json(lines().get(0));
        assertThat(theirs.get("direction").getAsString()).isEqualTo("THEIRS");
        assertThat(theirs.get("counterparty").getAsString()).isEqualTo("@buyer");
        assertThat(theirs.get("what").getAsString()).isEqualTo("send the PO");
        assertThat(theirs.get("due").getAsString()).isEqualTo("2026-11-27T17:00:00-05:00");
        JsonObject mine = json(lines().get(1));
        assertThat(mine.get("direction").getAsString()).isEqualTo("MINE");
        assertThat(mine.get("counterparty").getAsString()).isEqualTo("@buyer");
        JsonObject escaped = json(lines().get(2));
        assertThat(escaped.get("direction").getAsString()).isEqualTo("THEIRS");
        assertThat(escaped.get("counterparty").getAsString()).isEqualTo("U300");
    }
}
