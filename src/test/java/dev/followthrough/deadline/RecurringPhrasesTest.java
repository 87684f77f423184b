package dev.followthrough.deadline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Each recurrence phrase as a user types it: the task, the first occurrence, the ones after it. */
class RecurringPhrasesTest {

    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

    /** Wednesday 2 December 2026, 10:00 in New York. */
    private static final Instant NOW =
            ZonedDateTime.of(2026, 12, 2, 10, 0, 0, 0, NEW_YORK).toInstant();

    private final PromiseParser parser = new PromiseParser(Clock.fixed(NOW, NEW_YORK));

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            every Friday send the pipeline update            | send the pipeline update | 2026-12-04 17:00 | 2026-12-11, 2026-12-18
            send the pipeline update every Friday            | send the pipeline update | 2026-12-04 17:00 | 2026-12-11, 2026-12-18
            each Monday call Acme                            | call Acme                | 2026-12-07 17:00 | 2026-12-14, 2026-12-21
            weekly on Fridays send the numbers               | send the numbers         | 2026-12-04 17:00 | 2026-12-11, 2026-12-18
            every other Tuesday at 10 review the forecast    | review the forecast      | 2026-12-08 10:00 | 2026-12-22, 2027-01-05
            every weekday post the standup notes             | post the standup notes   | 2026-12-02 17:00 | 2026-12-03, 2026-12-04, 2026-12-07
            every Monday and Thursday at 9am check the leads | check the leads          | 2026-12-03 09:00 | 2026-12-07, 2026-12-10
            on the first Monday of every month send invoices | send invoices            | 2026-12-07 17:00 | 2027-01-04, 2027-02-01
            every first Monday of the month send invoices    | send invoices            | 2026-12-07 17:00 | 2027-01-04, 2027-02-01
            every last Friday of the month book the review   | book the review          | 2026-12-25 17:00 | 2027-01-29, 2027-02-26
            every month on the 15th pay the contractors      | pay the contractors      | 2026-12-15 17:00 | 2027-01-15, 2027-02-15
            on the 31st of every month close the books       | close the books          | 2026-12-31 17:00 | 2027-01-31, 2027-02-28
            every quarter end send the board pack            | send the board pack      | 2026-12-31 17:00 | 2027-03-31, 2027-06-30
            every Friday send the pipeline update by 3pm     | send the pipeline update | 2026-12-04 15:00 | 2026-12-11
            every Wednesday at 9am send the report           | send the report          | 2026-12-09 09:00 | 2026-12-16
            every Wednesday send the report                  | send the report          | 2026-12-02 17:00 | 2026-12-09
            """)
    void readsTheScheduleAndItsFirstAndNextOccurrences(String typed, String what, String first, String next) {
        var reading = parser.read(typed, DeadlineContext.of(NEW_YORK, Locale.US));

        assertThat(reading).isInstanceOf(PromiseReading.Recurring.class);
        var recurring = (PromiseReading.Recurring) reading;
        assertThat(recurring.first().what()).isEqualTo(what);
        var due = ((Deadline.Hard) recurring.first().deadline()).due();
        assertThat(due.atZone(NEW_YORK).toLocalDateTime()).hasToString(first.replace(' ', 'T'));
        var schedule = recurring.schedule();
        var day = schedule.anchor();
        var after = new ArrayList<String>();
        for (var ignored : next.split(",")) {
            day = schedule.after(day);
            after.add(day.toString());
        }
        assertThat(String.join(", ", after)).isEqualTo(next.strip());
    }

    @Test
    void aPhraseWithoutATimeIsDueAtTheOwnersEndOfDay() {
        var hours = new WorkingHours(
                EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY),
                LocalTime.of(8, 0),
                LocalTime.of(16, 0),
                LocalTime.of(15, 30));
        var reading = (PromiseReading.Recurring)
                parser.read("every Friday send the update", new DeadlineContext(NEW_YORK, Locale.US, hours));

        assertThat(reading.schedule().time()).isEqualTo(LocalTime.of(15, 30));
    }

    @Test
    void everyWeekdayFollowsTheOwnersWorkingDays() {
        var sundayToThursday = new WorkingHours(
                EnumSet.of(
                        DayOfWeek.SUNDAY, DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY),
                LocalTime.of(9, 0),
                LocalTime.of(18, 0),
                LocalTime.of(17, 0));
        var reading = (PromiseReading.Recurring) parser.read(
                "every weekday post the numbers",
                new DeadlineContext(ZoneId.of("Asia/Jerusalem"), Locale.US, sundayToThursday));

        var schedule = reading.schedule();
        assertThat(schedule.after(LocalDate.of(2026, 12, 3))).isEqualTo(LocalDate.of(2026, 12, 6));
    }

    @Test
    void theScheduleIsDescribedInWords() {
        var reading = (PromiseReading.Recurring)
                parser.read("every other Tuesday at 10 review the forecast", DeadlineContext.of(NEW_YORK, Locale.US));

        assertThat(reading.schedule().describe(Locale.US)).isEqualTo("every other Tuesday at 10:00 AM");
        assertThat(Schedule.day(reading.schedule().anchor(), Locale.UK)).isEqualTo("Tue 8 Dec");
    }

    @Test
    void aStoredScheduleReadsBackTheSame() {
        for (var typed : List.of(
                "every other Tuesday at 10 review",
                "every weekday post",
                "on the last Friday of every month book",
                "every month on the 15th pay",
                "every quarter end send")) {
            var schedule =
                    ((PromiseReading.Recurring) parser.read(typed, DeadlineContext.of(NEW_YORK, Locale.US))).schedule();
            var stored = Schedule.of(
                    schedule.rule().stored(), schedule.time(), schedule.zone(), schedule.anchor(), schedule.phrase());
            assertThat(stored).as(typed).contains(schedule);
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(
            strings = {
                "every now and then send Acme an update",
                "every so often check in with Initech",
                "every once in a while call the CFO",
                "every week send the report",
                "every month send the invoice",
                "every other day post the numbers",
                "every 2 weeks review the pipeline",
                "send the report every time we meet",
            })
    void refusesWhatNamesNoDaysWithAReasonAndAnExample(String typed) {
        var reading = parser.read(typed, DeadlineContext.of(NEW_YORK, Locale.US));

        assertThat(reading).isInstanceOf(PromiseReading.Invalid.class);
        assertThat(((PromiseReading.Invalid) reading).reason())
                .contains("\"every")
                .containsPattern("like \"every");
    }

    @Test
    void refusesADayBesidesTheSchedule() {
        var reading = parser.read("every Friday send the update by Tuesday", DeadlineContext.of(NEW_YORK, Locale.US));

        assertThat(((PromiseReading.Invalid) reading).reason())
                .isEqualTo("\"every Friday\" already says which days; \"by Tuesday\" can only give the time of day,"
                        + " like \"every Friday at 3pm\".");
    }

    @Test
    void refusesTwoSchedulesAndAScheduleWithoutATask() {
        var context = DeadlineContext.of(NEW_YORK, Locale.US);

        assertThat(parser.read("every Friday and every Monday send it", context))
                .isInstanceOf(PromiseReading.Invalid.class);
        assertThat(parser.read("every Friday", context)).isInstanceOf(PromiseReading.Invalid.class);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(
            strings = {
                "send every slide to Acme by Friday",
                "call each buyer by Tuesday",
                "send the weekly report by Friday",
                "review the monthly numbers by Dec 15",
            })
    void everyThatIsNoScheduleStaysInTheTask(String typed) {
        assertThat(parser.read(typed, DeadlineContext.of(NEW_YORK, Locale.US)))
                .isInstanceOf(PromiseReading.Parsed.class);
    }

    @Test
    void aFormsDateFieldRefusesASchedule() {
        var reading = parser.readDeadline("every Friday", DeadlineContext.of(NEW_YORK, Locale.US));

        assertThat(((PromiseReading.Invalid) reading).reason()).contains("is a schedule, and this takes one date");
    }

    @Test
    // A guard against a pattern that backtracks without end (hours on text this long), not a speed
    // goal: generous, so that a busy machine never trips it.
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void hostileRecurrenceTextIsReadOrRefusedWithoutRunningAway() {
        var context = DeadlineContext.of(NEW_YORK, Locale.US);
        var inputs = new ArrayList<String>();
        inputs.add("every ".repeat(160));
        inputs.add("every Friday and ".repeat(58));
        inputs.add("on the first Monday of every ".repeat(34));
        inputs.add("every other ".repeat(83));
        inputs.add("send it every Mon, Tue, Wed, Thu, Fri, ".repeat(25));
        for (var input : HostileInputs.all()) {
            inputs.add("every Friday " + input.text());
        }
        for (var text : inputs) {
            assertThat(parser.read(text, context)).as(text.substring(0, 30)).isNotNull();
        }
    }
}
