package dev.followthrough.deadline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.StringLength;

/** Whatever is typed, the parser answers with something usable and never throws. */
class PromiseParserPropertiesTest {

    private static final List<String> VOCABULARY = List.of(
            "send",
            "Acme",
            "the",
            "deck",
            "to",
            "for",
            "with",
            "by",
            "before",
            "on",
            "at",
            "due",
            "until",
            "no",
            "later",
            "than",
            "in",
            "within",
            "next",
            "this",
            "last",
            "coming",
            "today",
            "tomorrow",
            "tonight",
            "yesterday",
            "morning",
            "afternoon",
            "evening",
            "noon",
            "midnight",
            "Fri",
            "fri.",
            "Friday",
            "Monday",
            "Sun",
            "Dec",
            "December",
            "Feb",
            "3",
            "3rd",
            "15th",
            "29",
            "30",
            "31st",
            "2",
            "2pm",
            "2:30pm",
            "14:00",
            "14h",
            "12/3",
            "13/13",
            "0/0",
            "2026-12-03",
            "2027-02-29",
            "90",
            "minutes",
            "hours",
            "days",
            "business",
            "weeks",
            "month",
            "a",
            "couple",
            "of",
            "few",
            "two",
            "EOD",
            "COB",
            "EOW",
            "EOM",
            "end",
            "week",
            "soon",
            "sometime",
            "after",
            "I'll",
            "they'll",
            "will",
            "said",
            "she'd",
            "promised",
            "<@U123|ann>",
            "<@U9>",
            "<#C1|general>",
            "Ann",
            "The",
            "CFO",
            "legal",
            "please",
            "latest",
            ",",
            ".",
            "!",
            "am",
            "pm",
            "half",
            "an",
            "hour",
            "first",
            "thing",
            "from",
            "now",
            "9999",
            "99:99",
            "00:00");

    private static final List<ZoneId> ZONES = List.of(
            ZoneId.of("America/New_York"),
            ZoneId.of("America/Los_Angeles"),
            ZoneId.of("Europe/Berlin"),
            ZoneId.of("Asia/Kolkata"),
            ZoneId.of("Australia/Sydney"),
            ZoneId.of("Pacific/Chatham"));

    @Property(tries = 1500)
    void anyStringGetsAUsableAnswer(
            @ForAll @StringLength(max = 120) String text,
            @ForAll("moments") LocalDateTime now,
            @ForAll("zones") ZoneId zone) {
        assertUsable(text, now, zone, Locale.US);
    }

    @Property(tries = 3000)
    void phrasesBuiltFromDeadlineWordsGetAUsableAnswer(
            @ForAll("vocabularyPhrases") String text,
            @ForAll("moments") LocalDateTime now,
            @ForAll("zones") ZoneId zone,
            @ForAll("locales") Locale locale) {
        assertUsable(text, now, zone, locale);
    }

    @Provide
    Arbitrary<String> vocabularyPhrases() {
        return Arbitraries.of(VOCABULARY).list().ofMinSize(0).ofMaxSize(10).map(words -> String.join(" ", words));
    }

    @Provide
    Arbitrary<LocalDateTime> moments() {
        return Arbitraries.longs()
                .between(0, 4L * 366 * 24 * 60)
                .map(minutes -> LocalDateTime.of(2026, 1, 1, 0, 0).plusMinutes(minutes));
    }

    @Provide
    Arbitrary<ZoneId> zones() {
        return Arbitraries.of(ZONES);
    }

    @Provide
    Arbitrary<Locale> locales() {
        return Arbitraries.of(Locale.US, Locale.UK, Locale.ENGLISH, Locale.forLanguageTag("en-CA"), Locale.GERMANY);
    }

    private static void assertUsable(String text, LocalDateTime now, ZoneId zone, Locale locale) {
        Instant instant = now.atZone(zone).toInstant();
        PromiseReading reading =
                new PromiseParser(Clock.fixed(instant, zone)).read(text, DeadlineContext.of(zone, locale));

        if (reading instanceof PromiseReading.Parsed parsed) {
            assertThat(parsed.draft().what()).isNotBlank();
            assertAhead(parsed.draft().deadline(), instant);
        } else if (reading instanceof PromiseReading.Ambiguous ambiguous) {
            assertThat(ambiguous.readings()).hasSizeGreaterThan(1);
            ambiguous.readings().forEach(deadline -> assertAhead(deadline, instant));
        } else {
            assertThat(((PromiseReading.Invalid) reading).reason()).isNotBlank();
            assertThat(((PromiseReading.Invalid) reading).reason()).doesNotStartWith("Sorry");
        }
    }

    private static void assertAhead(Deadline deadline, Instant now) {
        if (deadline instanceof Deadline.Hard hard) {
            assertThat(hard.due()).isAfter(now);
        } else {
            ((Deadline.Soft) deadline)
                    .target()
                    .ifPresent(target -> assertThat(target).isAfter(now));
        }
    }
}
