package dev.followthrough.deadline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The zone a deadline is read in, and why a reading at a clock change or across zones is asked about. */
class ZoneWordsTest {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    private static PromiseReading read(String now, ZoneId zone, String text) {
        Clock clock = Clock.fixed(LocalDateTime.parse(now).atZone(zone).toInstant(), zone);
        return new PromiseParser(clock).read(text, DeadlineContext.of(zone, Locale.UK));
    }

    private static ZoneId readIn(String text) {
        PromiseReading reading = read("2026-11-23T10:00", LONDON, "send the deck " + text);
        assertThat(reading).as(text).isInstanceOf(PromiseReading.Parsed.class);
        Deadline deadline = ((PromiseReading.Parsed) reading).draft().deadline();
        assertThat(deadline).as(text).isInstanceOf(Deadline.Hard.class);
        return ((Deadline.Hard) deadline).zone();
    }

    @ParameterizedTest(name = "\"{0}\" is read in {1}")
    @CsvSource(delimiterString = "|", textBlock = """
            Fri 4pm ET|America/New_York
            Fri 4pm EST|America/New_York
            Fri 4pm edt|America/New_York
            Fri 4pm Eastern Time|America/New_York
            Fri 4pm CT|America/Chicago
            Fri 4pm cdt|America/Chicago
            Fri 4pm Central|America/Chicago
            Fri 4pm MT|America/Denver
            Fri 4pm Mountain|America/Denver
            Fri 4pm PT|America/Los_Angeles
            Fri 4pm Pacific Standard Time|America/Los_Angeles
            Fri 4pm AKST|America/Anchorage
            Fri 4pm HST|Pacific/Honolulu
            Fri 4pm AST|America/Halifax
            Fri 4pm Atlantic|America/Halifax
            Fri 4pm IST|Asia/Kolkata
            Fri 4pm India time|Asia/Kolkata
            Fri 4pm CEST|Europe/Paris
            Fri 4pm Central European time|Europe/Paris
            Fri 4pm EET|Europe/Athens
            Fri 4pm WET|Europe/Lisbon
            Fri 4pm AEDT|Australia/Sydney
            Fri 4pm ACST|Australia/Adelaide
            Fri 4pm AWST|Australia/Perth
            Fri 4pm JST|Asia/Tokyo
            Fri 4pm KST|Asia/Seoul
            Fri 4pm SGT|Asia/Singapore
            Fri 4pm HKT|Asia/Hong_Kong
            Fri 4pm NZDT|Pacific/Auckland
            Fri 4pm NZ time|Pacific/Auckland
            Fri 4pm SAST|Africa/Johannesburg
            Fri 4pm MSK|Europe/Moscow
            Fri 4pm GST|Asia/Dubai
            Fri 4pm PKT|Asia/Karachi
            Fri 4pm New York time|America/New_York
            Fri 4pm NYC time|America/New_York
            Fri 4pm SF time|America/Los_Angeles
            Fri 4pm Mexico City time|America/Mexico_City
            Fri 4pm São Paulo time|America/Sao_Paulo
            Fri 4pm Hong Kong time|Asia/Hong_Kong
            Fri 4pm Bangalore time|Asia/Kolkata
            Fri 4pm Berlin time|Europe/Berlin
            Fri 4pm (Tokyo time)|Asia/Tokyo
            Fri 4pm in Seoul time|Asia/Seoul
            Fri 4pm UTC|UTC
            Fri 4pm UTC+2|+02:00
            Fri 4pm GMT-5|-05:00
            Fri 4pm UTC+05:30|+05:30
            Fri 4pm my time|Europe/London
            Fri 4pm|Europe/London
            Fri 4pm BST|Europe/London
            """)
    void aZoneWordNamesTheZoneTheDeadlineIsReadIn(String text, String zone) {
        assertThat(readIn(text)).isEqualTo(ZoneId.of(zone));
    }

    @ParameterizedTest(name = "\"{0}\" names no zone")
    @CsvSource({"Fri 4pm pt", "Fri 4pm et", "Fri 4pm ist", "Fri at 4pm at", "Fri 4pm west"})
    void shortZoneWordsCountOnlyInCapitals(String text) {
        PromiseReading reading = read("2026-11-23T10:00", LONDON, "send the deck by " + text);

        assertThat(reading).isInstanceOf(PromiseReading.Parsed.class);
        Deadline deadline = ((PromiseReading.Parsed) reading).draft().deadline();
        assertThat(((Deadline.Hard) deadline).zone()).isEqualTo(LONDON);
    }

    @Test
    void aTimeTheClocksSkipSaysSoWithTheJump() {
        ZoneId newYork = ZoneId.of("America/New_York");
        PromiseReading reading = read("2027-03-13T10:00", newYork, "send the deck by Sunday 2:30am");

        assertThat(reading).isInstanceOf(PromiseReading.Ambiguous.class);
        assertThat(((PromiseReading.Ambiguous) reading).why())
                .isEqualTo(new Ambiguity.ClockChange(
                        LocalDate.of(2027, 3, 14),
                        LocalTime.of(2, 30),
                        newYork,
                        true,
                        LocalTime.of(2, 0),
                        LocalTime.of(3, 0)));
    }

    @Test
    void aTimeTheClocksRepeatInTheZoneNamedSaysSo() {
        PromiseReading reading = read("2026-10-31T10:00", LONDON, "send the deck by 1:30am ET on Sunday");

        assertThat(reading).isInstanceOf(PromiseReading.Ambiguous.class);
        PromiseReading.Ambiguous ambiguous = (PromiseReading.Ambiguous) reading;
        assertThat(ambiguous.why())
                .isEqualTo(new Ambiguity.ClockChange(
                        LocalDate.of(2026, 11, 1),
                        LocalTime.of(1, 30),
                        ZoneId.of("America/New_York"),
                        false,
                        LocalTime.of(2, 0),
                        LocalTime.of(1, 0)));
        assertThat(ambiguous.readings())
                .allSatisfy(deadline ->
                        assertThat(((Deadline.Hard) deadline).zone()).isEqualTo(ZoneId.of("America/New_York")));
    }

    @Test
    void tomorrowWhereItIsAnotherDaySaysWhichDaysItCouldBe() {
        PromiseReading reading = read("2026-11-29T23:30", LONDON, "send the deck tomorrow 9am IST");

        assertThat(((PromiseReading.Ambiguous) reading).why())
                .isEqualTo(new Ambiguity.ZoneDay(
                        ZoneId.of("Asia/Kolkata"), LocalDate.of(2026, 11, 29), LocalDate.of(2026, 11, 30)));
    }

    @Test
    void aZoneWordIsCutFromTheTaskAndIsNoCounterparty() {
        PromiseReading reading = read("2026-11-23T10:00", LONDON, "call Acme at 4pm ET about the renewal");

        PromiseDraft draft = ((PromiseReading.Parsed) reading).draft();
        assertThat(draft.what()).isEqualTo("call Acme about the renewal");
        assertThat(draft.counterparty().map(party -> party.display())).contains("Acme");
    }

    @Test
    void offsetsAreFixedWhateverTheSeason() {
        assertThat(readIn("Fri 4pm UTC+2")).isEqualTo(ZoneOffset.ofHours(2));
        PromiseReading summer = read("2026-07-01T10:00", LONDON, "send the deck by 4pm GMT");
        Deadline.Hard hard =
                (Deadline.Hard) ((PromiseReading.Parsed) summer).draft().deadline();
        assertThat(hard.due().atZone(LONDON).toLocalTime()).isEqualTo(LocalTime.of(17, 0));
    }

    // Only a hang guard; how fast parsing is belongs to bench/ParseBenchmark.
    @Timeout(value = 30, unit = TimeUnit.SECONDS)
    @Test
    void longTextFullOfZoneWordsComesBackAsAReading() {
        String text = "send the deck by 4pm ET UTC+05:30 London time their time "
                .repeat(20)
                .substring(0, 1000);
        PromiseParser parser = new PromiseParser(Clock.systemUTC());

        PromiseReading reading = parser.read(text, DeadlineContext.of(LONDON, Locale.UK));

        assertThat(reading).isNotNull();
        if (reading instanceof PromiseReading.Invalid invalid) {
            assertThat(invalid.reason()).doesNotStartWith("Sorry, I couldn't read that");
        }
    }
}
