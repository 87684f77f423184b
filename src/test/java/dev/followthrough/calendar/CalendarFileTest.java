package dev.followthrough.calendar;

import static dev.followthrough.calendar.CalendarReader.events;
import static dev.followthrough.calendar.CalendarReader.instant;
import static dev.followthrough.calendar.CalendarReader.parameter;
import static dev.followthrough.calendar.CalendarReader.read;
import static dev.followthrough.calendar.CalendarReader.value;
import static org.assertj.core.api.Assertions.assertThat;

import dev.followthrough.commitment.Direction;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import net.fortuna.ical4j.model.Property;
import org.junit.jupiter.api.Test;

class CalendarFileTest {

    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final Instant NOW = Instant.parse("2027-03-10T12:00:00Z");

    @Test
    void holdIsHalfAnHourEndingAtTheDeadlineInTheOwnersZone() {
        var commitment = Commitments.due("send Acme the deck", Direction.MINE, "2027-03-12T14:00", NEW_YORK);

        var calendar = read(file(commitment));

        assertThat(value(calendar, Property.PRODID)).isEqualTo("-//Followthrough//Calendar holds//EN");
        assertThat(value(calendar, Property.VERSION)).isEqualTo("2.0");
        assertThat(value(calendar, Property.CALSCALE)).isEqualTo("GREGORIAN");
        assertThat(value(calendar, Property.METHOD)).isEqualTo("PUBLISH");
        var event = events(calendar).get(0);
        assertThat(value(event, Property.UID)).isEqualTo("commitment-42-T0001@followthrough");
        assertThat(value(event, Property.DTSTAMP)).isEqualTo("20270310T120000Z");
        assertThat(parameter(event, Property.DTSTART, "TZID")).isEqualTo("America/New_York");
        assertThat(value(event, Property.DTSTART)).isEqualTo("20270312T133000");
        assertThat(value(event, Property.DTEND)).isEqualTo("20270312T140000");
        assertThat(instant(calendar, event, Property.DTEND)).isEqualTo(Instant.parse("2027-03-12T19:00:00Z"));
        assertThat(value(event, Property.SUMMARY)).isEqualTo("Due: send Acme the deck");
        assertThat(value(event, Property.DESCRIPTION)).startsWith("You promised this to Acme by Fri 12 Mar, 2:00 PM");
        assertThat(value(event, Property.TRANSP)).isEqualTo("OPAQUE");
    }

    @Test
    void deadlineAcrossTheSpringChangeKeepsItsLocalTimeAndInstant() {
        // Made in winter (EST, -05:00), due after the clocks go forward on 14 March (EDT, -04:00).
        var commitment = Commitments.due("send the PO", Direction.THEIRS, "2027-03-16T14:00", NEW_YORK);

        var calendar = read(file(commitment));

        var event = events(calendar).get(0);
        assertThat(value(event, Property.DTEND)).isEqualTo("20270316T140000");
        assertThat(instant(calendar, event, Property.DTEND)).isEqualTo(Instant.parse("2027-03-16T18:00:00Z"));
        assertThat(instant(calendar, event, Property.DTSTART)).isEqualTo(Instant.parse("2027-03-16T17:30:00Z"));
        assertThat(value(event, Property.SUMMARY)).isEqualTo("Expected: send the PO (from Acme)");
        assertThat(value(event, Property.TRANSP)).isEqualTo("TRANSPARENT");
    }

    @Test
    void holdStraddlingTheChangeItselfIsStillThirtyMinutesLong() {
        // Berlin goes from 02:00 CET to 03:00 CEST on 28 March 2027: due 03:15 means a hold from 01:45.
        var commitment = Commitments.due("call the CFO", Direction.MINE, "2027-03-28T03:15", BERLIN);

        var calendar = read(file(commitment));

        var event = events(calendar).get(0);
        assertThat(value(event, Property.DTSTART)).isEqualTo("20270328T014500");
        assertThat(value(event, Property.DTEND)).isEqualTo("20270328T031500");
        assertThat(instant(calendar, event, Property.DTSTART)).isEqualTo(Instant.parse("2027-03-28T00:45:00Z"));
        assertThat(instant(calendar, event, Property.DTEND)).isEqualTo(Instant.parse("2027-03-28T01:15:00Z"));
    }

    @Test
    void autumnDeadlineReadsInStandardTime() {
        var commitment = Commitments.due("send the renewal", Direction.MINE, "2027-11-08T09:00", NEW_YORK);

        var calendar = read(file(commitment));

        assertThat(instant(calendar, events(calendar).get(0), Property.DTEND))
                .isEqualTo(Instant.parse("2027-11-08T14:00:00Z"));
    }

    @Test
    void textIsEscapedAndLongLinesFolded() {
        var what = "send Acme, Inc. the deck; slides \\ notes\nand the 価格表 for Zürich "
                + "and a very long tail of words that goes well past seventy-five octets on one line 🚀🚀🚀";
        var commitment = Commitments.due(what, Direction.MINE, "2027-03-12T14:00", NEW_YORK);

        var text = file(commitment);
        var calendar = read(text);

        assertThat(text).contains("SUMMARY:Due: send Acme\\, Inc. the deck\\; slides \\\\ notes\\nand the");
        assertThat(value(events(calendar).get(0), Property.SUMMARY)).isEqualTo("Due: " + what);
    }

    @Test
    void feedHoldsEveryEventWithOneTimeZoneEach() {
        var calendar = read(CalendarFile.of(
                List.of(
                        Hold.of(Commitments.due("one", Direction.MINE, "2027-03-12T14:00", NEW_YORK), Commitments.NAMES)
                                .orElseThrow(),
                        Hold.of(Commitments.due("two", Direction.MINE, "2028-01-05T10:00", NEW_YORK), Commitments.NAMES)
                                .orElseThrow(),
                        Hold.of(Commitments.due("three", Direction.MINE, "2027-10-30T10:00", BERLIN), Commitments.NAMES)
                                .orElseThrow()),
                Optional.of("Followthrough promises"),
                NOW));

        assertThat(calendar.getComponents("VTIMEZONE")).hasSize(2);
        var events = events(calendar);
        assertThat(events).hasSize(3);
        assertThat(instant(calendar, events.get(1), Property.DTEND)).isEqualTo(Instant.parse("2028-01-05T15:00:00Z"));
        assertThat(instant(calendar, events.get(2), Property.DTEND)).isEqualTo(Instant.parse("2027-10-30T08:00:00Z"));
    }

    @Test
    void zoneWithoutChangesGetsOneObservance() {
        var commitment = Commitments.due("send it", Direction.MINE, "2027-03-12T14:00", ZoneId.of("UTC"));

        var calendar = read(file(commitment));

        assertThat(instant(calendar, events(calendar).get(0), Property.DTEND))
                .isEqualTo(Instant.parse("2027-03-12T14:00:00Z"));
    }

    @Test
    void peopleAndChannelsInTheHoldAreNamedNotCoded() {
        var mine = Commitments.withSlackUser(
                "send <@U0002> the deck in <#C0009>", Direction.MINE, "U0002", "2027-03-12T14:00", NEW_YORK);
        var theirs = Commitments.withSlackUser(
                "sign the order form", Direction.THEIRS, "U0002", "2027-03-12T14:00", NEW_YORK);

        var mineEvent = events(read(file(mine))).get(0);
        var theirsEvent = events(read(file(theirs))).get(0);

        assertThat(value(mineEvent, Property.SUMMARY)).isEqualTo("Due: send Dana the deck in #deals");
        assertThat(value(mineEvent, Property.DESCRIPTION)).startsWith("You promised this to Dana by Fri 12 Mar");
        assertThat(value(theirsEvent, Property.SUMMARY)).isEqualTo("Expected: sign the order form (from Dana)");
        assertThat(value(theirsEvent, Property.DESCRIPTION)).startsWith("Dana promised this by Fri 12 Mar");
        assertThat(file(mine) + file(theirs)).doesNotContain("<@").doesNotContain("<#");
    }

    @Test
    void someoneWhoseNameIsNotKnownYetIsLeftOutRatherThanCoded() {
        var commitment = Commitments.withSlackUser(
                "send <@U0404> the deck", Direction.THEIRS, "U0404", "2027-03-12T14:00", NEW_YORK);

        var event = events(read(file(commitment))).get(0);

        assertThat(value(event, Property.SUMMARY)).isEqualTo("Expected: send someone the deck");
        assertThat(value(event, Property.DESCRIPTION)).startsWith("They promised this by Fri 12 Mar");
        assertThat(file(commitment)).doesNotContain("<@").doesNotContain("U0404");
    }

    @Test
    void readerRefusesAnEventWithoutItsRequiredProperties() {
        var withoutUid = file(Commitments.due("send it", Direction.MINE, "2027-03-12T14:00", NEW_YORK))
                .replaceAll("UID:[^\r]*\r\n", "");

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> read(withoutUid))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("UID");
    }

    private static String file(dev.followthrough.commitment.Commitment commitment) {
        return CalendarFile.of(List.of(Hold.of(commitment, Commitments.NAMES).orElseThrow()), Optional.empty(), NOW);
    }
}
