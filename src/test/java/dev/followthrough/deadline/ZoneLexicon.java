package dev.followthrough.deadline;

import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;

/**
 * The zone words of decisions12.md with the zone each names, as the tests know them (independently of the
 * parser's own lexicon): the generated phrases of the firm-deadline property use them, the held-back score spots them.
 */
final class ZoneLexicon {

    private ZoneLexicon() {}

    /** A zone word as typed and the zone it names; an abbreviation counts only as cased here when it is a capital. */
    record ZoneWord(String words, ZoneId zone) {}

    static final List<ZoneWord> WORDS = List.of(
            word("ET", "America/New_York"),
            word("EST", "America/New_York"),
            word("EDT", "America/New_York"),
            word("Eastern", "America/New_York"),
            word("CT", "America/Chicago"),
            word("CST", "America/Chicago"),
            word("CDT", "America/Chicago"),
            word("Central", "America/Chicago"),
            word("MT", "America/Denver"),
            word("MST", "America/Denver"),
            word("MDT", "America/Denver"),
            word("Mountain", "America/Denver"),
            word("PT", "America/Los_Angeles"),
            word("PST", "America/Los_Angeles"),
            word("PDT", "America/Los_Angeles"),
            word("Pacific", "America/Los_Angeles"),
            word("AKST", "America/Anchorage"),
            word("AKDT", "America/Anchorage"),
            word("Alaska", "America/Anchorage"),
            word("HST", "Pacific/Honolulu"),
            word("Hawaii", "Pacific/Honolulu"),
            word("Atlantic", "America/Halifax"),
            word("AT", "America/Halifax"),
            word("AST", "America/Halifax"),
            word("ADT", "America/Halifax"),
            word("BST", "Europe/London"),
            word("UK time", "Europe/London"),
            word("London time", "Europe/London"),
            word("IST", "Asia/Kolkata"),
            word("India time", "Asia/Kolkata"),
            word("CET", "Europe/Paris"),
            word("CEST", "Europe/Paris"),
            word("EET", "Europe/Athens"),
            word("EEST", "Europe/Athens"),
            word("WET", "Europe/Lisbon"),
            word("WEST", "Europe/Lisbon"),
            word("AET", "Australia/Sydney"),
            word("AEST", "Australia/Sydney"),
            word("AEDT", "Australia/Sydney"),
            word("Sydney time", "Australia/Sydney"),
            word("ACST", "Australia/Adelaide"),
            word("ACDT", "Australia/Adelaide"),
            word("Adelaide time", "Australia/Adelaide"),
            word("AWST", "Australia/Perth"),
            word("JST", "Asia/Tokyo"),
            word("KST", "Asia/Seoul"),
            word("SGT", "Asia/Singapore"),
            word("HKT", "Asia/Hong_Kong"),
            word("NZST", "Pacific/Auckland"),
            word("NZDT", "Pacific/Auckland"),
            word("NZT", "Pacific/Auckland"),
            word("NZ time", "Pacific/Auckland"),
            word("SAST", "Africa/Johannesburg"),
            word("MSK", "Europe/Moscow"),
            word("GST", "Asia/Dubai"),
            word("PKT", "Asia/Karachi"),
            word("New York time", "America/New_York"),
            word("Chicago time", "America/Chicago"),
            word("Toronto time", "America/Toronto"),
            word("Mexico City time", "America/Mexico_City"),
            word("São Paulo time", "America/Sao_Paulo"),
            word("Berlin time", "Europe/Berlin"),
            word("Madrid time", "Europe/Madrid"),
            word("Dublin time", "Europe/Dublin"),
            word("Istanbul time", "Europe/Istanbul"),
            word("Mumbai time", "Asia/Kolkata"),
            word("Shanghai time", "Asia/Shanghai"),
            word("Auckland time", "Pacific/Auckland"),
            new ZoneWord("GMT", ZoneOffset.UTC),
            new ZoneWord("UTC", ZoneOffset.UTC),
            new ZoneWord("UTC+2", ZoneOffset.ofHours(2)),
            new ZoneWord("GMT-5", ZoneOffset.ofHours(-5)),
            new ZoneWord("UTC+05:30", ZoneOffset.ofHoursMinutes(5, 30)));

    private static ZoneWord word(String words, String zone) {
        return new ZoneWord(words, ZoneId.of(zone));
    }
}
