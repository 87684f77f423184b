package dev.followthrough.deadline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A refused time says what was wrong, and every example it offers is itself a deadline that is accepted. */
class ClockRefusalsTest {

    private static final Pattern QUOTED = Pattern.compile("\"([^\"]+)\"");

    private static final List<String> IMPOSSIBLE_OR_PAST = List.of(
            "send the deck by 24:30",
            "send the deck by 25:00",
            "send the deck at 13:75",
            "send the deck by 9:60am",
            "send the deck by 14pm",
            "send the deck 13:00pm tomorrow",
            "send the deck by 0am",
            "send the deck by 00:30am",
            "send the deck two hours ago",
            "send the deck 3 days ago",
            "send the deck a week ago",
            "send the deck an hour ago",
            "send the deck 45 mins ago",
            "send the deck a while ago",
            "send the deck earlier today",
            "send the deck today at 9",
            "send the deck this afternoon at 1",
            "send the deck tonight at 7",
            "send the deck this morning at 11:59");

    @ParameterizedTest(name = "at {0} in {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "2026-11-23T23:30|America/New_York|en-US",
                "2026-12-04T21:15|Europe/London|en-GB",
                "2026-03-28T12:30|Australia/Sydney|en-AU",
                "2026-06-15T00:00|Asia/Kolkata|en-IN"
            })
    void everyExampleARefusalOffersIsAccepted(String now, String zone, String locale) {
        ZoneId zoneId = ZoneId.of(zone);
        PromiseParser parser = new PromiseParser(
                Clock.fixed(LocalDateTime.parse(now).atZone(zoneId).toInstant(), zoneId));
        DeadlineContext context = DeadlineContext.of(zoneId, Locale.forLanguageTag(locale));

        for (String text : IMPOSSIBLE_OR_PAST) {
            PromiseReading reading = parser.read(text, context);
            if (!(reading instanceof PromiseReading.Invalid invalid)) {
                // Today's named times are refused only once they are behind us.
                assertThat(text).containsAnyOf("today", "tonight", "this ");
                continue;
            }
            String typed = text.substring("send the deck ".length());
            for (String example : examples(invalid.reason(), typed)) {
                assertThat(parser.read("send the deck " + example, context))
                        .as("\"%s\" suggests \"%s\"", text, example)
                        .isNotInstanceOf(PromiseReading.Invalid.class);
            }
        }
    }

    /** The quoted words of a reason, without the ones that quote back what was typed. */
    private static List<String> examples(String reason, String typed) {
        List<String> examples = new ArrayList<>();
        Matcher matcher = QUOTED.matcher(reason);
        while (matcher.find()) {
            String quoted = matcher.group(1);
            if (!typed.contains(quoted)) {
                examples.add(quoted);
            }
        }
        assertThat(examples).as(reason).isNotEmpty();
        return examples;
    }
}
