package dev.followthrough.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.data.ParserException;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Parameter;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.PropertyContainer;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;

/**
 * Reads a calendar file as a calendar client would (ical4j), after checking what a lenient parser
 * lets pass: CRLF line endings and lines of at most 75 octets.
 */
final class CalendarReader {

    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss");

    private CalendarReader() {}

    static Calendar read(String text) {
        assertThat(text).endsWith("\r\n");
        for (var line : text.split("\r\n", -1)) {
            assertThat(line).doesNotContain("\n").doesNotContain("\r");
            assertThat(line.getBytes(StandardCharsets.UTF_8).length)
                    .as("octets in %s", line)
                    .isLessThanOrEqualTo(75);
        }
        try {
            var calendar = new CalendarBuilder().build(new StringReader(text));
            // Each component against RFC 5545. Calendar.validate() adds iTIP's (RFC 5546) rules for
            // METHOD:PUBLISH, which want an ORGANIZER: a file to import has none to name.
            for (var component : calendar.getComponents()) {
                assertThat(component.validate(true).getEntries())
                        .as("validation of\n%s", text)
                        .isEmpty();
            }
            assertThat(calendar.getProperty(Property.PRODID)).isPresent();
            assertThat(calendar.getProperty(Property.VERSION)).isPresent();
            return calendar;
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        } catch (ParserException invalid) {
            throw new AssertionError("Not a valid calendar:\n" + text, invalid);
        }
    }

    static List<VEvent> events(Calendar calendar) {
        return calendar.getComponents(Component.VEVENT);
    }

    static String value(PropertyContainer container, String property) {
        return container
                .<Property>getProperty(property)
                .map(Property::getValue)
                .orElseThrow(() -> new AssertionError("No " + property));
    }

    static String parameter(PropertyContainer container, String property, String parameter) {
        return container
                .<Property>getProperty(property)
                .flatMap(found -> found.<Parameter>getParameter(parameter))
                .map(Parameter::getValue)
                .orElseThrow(() -> new AssertionError("No " + parameter + " on " + property));
    }

    /**
     * The instant a local DTSTART or DTEND stands for, worked out from the file's own VTIMEZONE
     * (not the reader's zone database): the offset of the last observance begun by then.
     */
    static Instant instant(Calendar calendar, VEvent event, String property) {
        var tzid = parameter(event, property, "TZID");
        var local = LocalDateTime.parse(value(event, property), LOCAL);
        VTimeZone zone = calendar.<VTimeZone>getComponents(Component.VTIMEZONE).stream()
                .filter(candidate -> value(candidate, Property.TZID).equals(tzid))
                .findFirst()
                .orElseThrow(() -> new AssertionError("No VTIMEZONE for " + tzid));
        var offset = zone.getObservances().stream()
                .filter(observance -> onset(observance).isBefore(local.plusSeconds(1)))
                .max(Comparator.comparing(CalendarReader::onset))
                .map(observance -> offset(value(observance, Property.TZOFFSETTO)))
                .orElseThrow(() -> new AssertionError("No observance of " + tzid + " covers " + local));
        return local.toInstant(offset);
    }

    /** An observance begins at its DTSTART on the clock before it, read here on the clock after it. */
    private static LocalDateTime onset(Component observance) {
        var start = LocalDateTime.parse(value(observance, Property.DTSTART), LOCAL);
        var from = offset(value(observance, Property.TZOFFSETFROM));
        var to = offset(value(observance, Property.TZOFFSETTO));
        return start.toInstant(from).atOffset(to).toLocalDateTime();
    }

    private static ZoneOffset offset(String text) {
        return ZoneOffset.of(text.length() == 5 ? text.substring(0, 3) + ":" + text.substring(3) : text);
    }
}
