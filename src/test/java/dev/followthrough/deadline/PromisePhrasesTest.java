package dev.followthrough.deadline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.followthrough.commitment.Counterparty;
import dev.followthrough.commitment.Direction;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;

/** Every phrase in {@code deadline/phrases*.csv} (one file per class of wording), each expectation worked out by hand. */
class PromisePhrasesTest {

    // "@U123ABC" is a Slack user id; a plain "@buyer" as typed is someone named "@buyer".
    private static final Pattern SLACK_USER = Pattern.compile("@[A-Z0-9]+");

    @ParameterizedTest(name = "[{index}] \"{3}\" at {0} in {1} ({2}) reads {4} {5}")
    @CsvFileSource(
            resources = {
                "/deadline/phrases.csv",
                "/deadline/phrases-zones.csv",
                "/deadline/phrases-clock.csv",
                "/deadline/phrases-periods.csv",
                "/deadline/phrases-hedges.csv",
                "/deadline/phrases-who.csv"
            },
            delimiterString = "|",
            maxCharsPerColumn = 4096)
    void readsThePhraseAsExpected(
            String now,
            String zone,
            String locale,
            String text,
            String expected,
            String when,
            String what,
            String counterparty,
            String direction) {
        ZoneId zoneId = ZoneId.of(zone);
        Clock clock = Clock.fixed(LocalDateTime.parse(now).atZone(zoneId).toInstant(), zoneId);
        DeadlineContext context = DeadlineContext.of(zoneId, Locale.forLanguageTag(locale));

        PromiseReading reading = new PromiseParser(clock).read(text, context);

        switch (expected) {
            case "INVALID" -> {
                assertThat(reading).isInstanceOf(PromiseReading.Invalid.class);
                assertThat(((PromiseReading.Invalid) reading).reason()).contains(when);
            }
            case "AMBIGUOUS" -> {
                assertThat(reading).isInstanceOf(PromiseReading.Ambiguous.class);
                PromiseReading.Ambiguous ambiguous = (PromiseReading.Ambiguous) reading;
                List<OffsetDateTime> dues = ambiguous.readings().stream()
                        .map(deadline -> local(((Deadline.Hard) deadline).due(), zoneId))
                        .toList();
                assertThat(dues)
                        .containsExactlyElementsOf(Arrays.stream(when.split(";"))
                                .map(OffsetDateTime::parse)
                                .toList());
                assertWho(
                        ambiguous.what(),
                        ambiguous.counterparty(),
                        ambiguous.direction(),
                        what,
                        counterparty,
                        direction);
            }
            default -> {
                assertThat(reading).isInstanceOf(PromiseReading.Parsed.class);
                PromiseDraft draft = ((PromiseReading.Parsed) reading).draft();
                assertThat(draft.deadline().firmness().name()).isEqualTo(expected);
                Optional<Instant> instant = draft.deadline() instanceof Deadline.Hard hard
                        ? Optional.of(hard.due())
                        : ((Deadline.Soft) draft.deadline()).target();
                assertThat(instant.map(at -> local(at, zoneId)))
                        .isEqualTo(Optional.ofNullable(when).map(OffsetDateTime::parse));
                assertWho(draft.what(), draft.counterparty(), draft.direction(), what, counterparty, direction);
            }
        }
    }

    private static OffsetDateTime local(Instant instant, ZoneId zone) {
        return instant.atZone(zone).toOffsetDateTime();
    }

    private static void assertWho(
            String what,
            Optional<Counterparty> counterparty,
            Direction direction,
            String expectedWhat,
            String expectedCounterparty,
            String expectedDirection) {
        assertThat(what).isEqualTo(expectedWhat);
        assertThat(counterparty)
                .isEqualTo(Optional.ofNullable(expectedCounterparty)
                        .map(name -> SLACK_USER.matcher(name).matches()
                                ? Counterparty.slackUser(name.substring(1))
                                : Counterparty.named(name)));
        assertThat(direction).isEqualTo(Direction.valueOf(expectedDirection));
    }
}
