package dev.followthrough.deadline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Every day of the month can be spelled, hyphenated or in two words, after "by the" or before a month. */
class SpelledOrdinalsTest {

    private static final List<String> UNITS =
            List.of("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth");
    private static final List<String> WHOLE = List.of(
            "tenth",
            "eleventh",
            "twelfth",
            "thirteenth",
            "fourteenth",
            "fifteenth",
            "sixteenth",
            "seventeenth",
            "eighteenth",
            "nineteenth",
            "twentieth");

    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    // The first minutes of a 31-day month: every day of it, the first included, is still ahead.
    private final PromiseParser parser = new PromiseParser(
            Clock.fixed(LocalDateTime.of(2026, 12, 1, 0, 30).atZone(LONDON).toInstant(), LONDON));
    private final DeadlineContext context = DeadlineContext.of(LONDON, Locale.UK);

    @Test
    void everySpelledDayOfTheMonthIsRead() {
        for (int day = 1; day <= 31; day++) {
            for (String spelled : spellings(day)) {
                assertDay("send the deck by the " + spelled, day);
                assertDay("send the deck " + spelled + " December", day);
                assertDay("send the deck December " + spelled, day);
                assertDay("send the deck by the " + spelled + " of December", day);
            }
        }
    }

    private void assertDay(String text, int day) {
        PromiseReading reading = parser.read(text, context);
        assertThat(reading).as(text).isInstanceOf(PromiseReading.Parsed.class);
        PromiseDraft draft = ((PromiseReading.Parsed) reading).draft();
        assertThat(draft.what()).as(text).isEqualTo("send the deck");
        LocalDate due = ((Deadline.Hard) draft.deadline()).due().atZone(LONDON).toLocalDate();
        assertThat(due).as(text).isEqualTo(LocalDate.of(2026, 12, day));
    }

    private static List<String> spellings(int day) {
        if (day < 10) {
            return List.of(UNITS.get(day - 1));
        }
        if (day <= 20) {
            return List.of(WHOLE.get(day - 10));
        }
        if (day == 30) {
            return List.of("thirtieth");
        }
        String tens = day < 30 ? "twenty" : "thirty";
        String unit = UNITS.get(day % 10 - 1);
        return List.of(tens + "-" + unit, tens + " " + unit);
    }
}
