package dev.followthrough.deadline;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The words that name the zone a deadline is written in ("4pm Eastern", "11am PST", "noon IST",
 * "9:30 London time", "UTC+2"). An abbreviation names a region's civil time whatever its S or D
 * says, since that is what people mean; GMT, UTC and offsets are fixed.
 */
final class ZoneWords {

    /** The zone words read at a place: the zone they name, or why they can't be read, and where they end. */
    record ZoneWord(Optional<ZoneId> zone, Optional<String> refusal, int end) {

        /** "my time", "your time": the owner's own zone. */
        boolean owners() {
            return zone.isEmpty() && refusal.isEmpty();
        }
    }

    static final String UNKNOWN_ZONE = "Say it like '4pm Eastern' or '4pm London time'.";

    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    private static final ZoneId CHICAGO = ZoneId.of("America/Chicago");
    private static final ZoneId DENVER = ZoneId.of("America/Denver");
    private static final ZoneId LOS_ANGELES = ZoneId.of("America/Los_Angeles");
    private static final ZoneId HALIFAX = ZoneId.of("America/Halifax");
    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final ZoneId KOLKATA = ZoneId.of("Asia/Kolkata");
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final ZoneId SYDNEY = ZoneId.of("Australia/Sydney");
    private static final ZoneId AUCKLAND = ZoneId.of("Pacific/Auckland");
    private static final ZoneId DUBAI = ZoneId.of("Asia/Dubai");
    private static final ZoneId UTC = ZoneId.of("UTC");

    /**
     * Typed only in capitals: "at 4pm at" is not Atlantic time, "pt" is not Pacific, and "4pm west
     * entrance" is not Lisbon's summer time.
     */
    private static final Map<String, ZoneId> CAPITALS_ONLY = Map.of(
            "ET", NEW_YORK,
            "CT", CHICAGO,
            "MT", DENVER,
            "PT", LOS_ANGELES,
            "AT", HALIFAX,
            "IST", KOLKATA,
            "AST", HALIFAX,
            "GST", DUBAI,
            "WET", ZoneId.of("Europe/Lisbon"),
            "WEST", ZoneId.of("Europe/Lisbon"));

    private static final Map<String, ZoneId> ABBREVIATIONS = Map.ofEntries(
            Map.entry("est", NEW_YORK),
            Map.entry("edt", NEW_YORK),
            Map.entry("eastern", NEW_YORK),
            Map.entry("cst", CHICAGO),
            Map.entry("cdt", CHICAGO),
            Map.entry("central", CHICAGO),
            Map.entry("mst", DENVER),
            Map.entry("mdt", DENVER),
            Map.entry("mountain", DENVER),
            Map.entry("pst", LOS_ANGELES),
            Map.entry("pdt", LOS_ANGELES),
            Map.entry("pacific", LOS_ANGELES),
            Map.entry("akst", ZoneId.of("America/Anchorage")),
            Map.entry("akdt", ZoneId.of("America/Anchorage")),
            Map.entry("alaska", ZoneId.of("America/Anchorage")),
            Map.entry("hst", ZoneId.of("Pacific/Honolulu")),
            Map.entry("hawaii", ZoneId.of("Pacific/Honolulu")),
            Map.entry("adt", HALIFAX),
            Map.entry("atlantic", HALIFAX),
            Map.entry("bst", LONDON),
            Map.entry("cet", PARIS),
            Map.entry("cest", PARIS),
            Map.entry("eet", ZoneId.of("Europe/Athens")),
            Map.entry("eest", ZoneId.of("Europe/Athens")),
            Map.entry("aest", SYDNEY),
            Map.entry("aedt", SYDNEY),
            Map.entry("aet", SYDNEY),
            Map.entry("acst", ZoneId.of("Australia/Adelaide")),
            Map.entry("acdt", ZoneId.of("Australia/Adelaide")),
            Map.entry("awst", ZoneId.of("Australia/Perth")),
            Map.entry("jst", ZoneId.of("Asia/Tokyo")),
            Map.entry("kst", ZoneId.of("Asia/Seoul")),
            Map.entry("sgt", ZoneId.of("Asia/Singapore")),
            Map.entry("hkt", ZoneId.of("Asia/Hong_Kong")),
            Map.entry("nzst", AUCKLAND),
            Map.entry("nzdt", AUCKLAND),
            Map.entry("nzt", AUCKLAND),
            Map.entry("sast", ZoneId.of("Africa/Johannesburg")),
            Map.entry("msk", ZoneId.of("Europe/Moscow")),
            Map.entry("pkt", ZoneId.of("Asia/Karachi")));

    /** Places said with "time" after them ("London time", "New York time"), longest names first. */
    private static final Map<String, ZoneId> PLACES = Map.ofEntries(
            Map.entry("uk", LONDON),
            Map.entry("british", LONDON),
            Map.entry("london", LONDON),
            Map.entry("india", KOLKATA),
            Map.entry("indian", KOLKATA),
            Map.entry("sydney", SYDNEY),
            Map.entry("melbourne", ZoneId.of("Australia/Melbourne")),
            Map.entry("adelaide", ZoneId.of("Australia/Adelaide")),
            Map.entry("perth", ZoneId.of("Australia/Perth")),
            Map.entry("tokyo", ZoneId.of("Asia/Tokyo")),
            Map.entry("seoul", ZoneId.of("Asia/Seoul")),
            Map.entry("singapore", ZoneId.of("Asia/Singapore")),
            Map.entry("hong kong", ZoneId.of("Asia/Hong_Kong")),
            Map.entry("nz", AUCKLAND),
            Map.entry("new zealand", AUCKLAND),
            Map.entry("auckland", AUCKLAND),
            Map.entry("moscow", ZoneId.of("Europe/Moscow")),
            Map.entry("dubai", DUBAI),
            Map.entry("new york", NEW_YORK),
            Map.entry("ny", NEW_YORK),
            Map.entry("nyc", NEW_YORK),
            Map.entry("chicago", CHICAGO),
            Map.entry("denver", DENVER),
            Map.entry("la", LOS_ANGELES),
            Map.entry("los angeles", LOS_ANGELES),
            Map.entry("sf", LOS_ANGELES),
            Map.entry("san francisco", LOS_ANGELES),
            Map.entry("seattle", LOS_ANGELES),
            Map.entry("toronto", ZoneId.of("America/Toronto")),
            Map.entry("vancouver", ZoneId.of("America/Vancouver")),
            Map.entry("mexico city", ZoneId.of("America/Mexico_City")),
            Map.entry("são paulo", ZoneId.of("America/Sao_Paulo")),
            Map.entry("sao paulo", ZoneId.of("America/Sao_Paulo")),
            Map.entry("paris", PARIS),
            Map.entry("berlin", ZoneId.of("Europe/Berlin")),
            Map.entry("madrid", ZoneId.of("Europe/Madrid")),
            Map.entry("rome", ZoneId.of("Europe/Rome")),
            Map.entry("amsterdam", ZoneId.of("Europe/Amsterdam")),
            Map.entry("dublin", ZoneId.of("Europe/Dublin")),
            Map.entry("lisbon", ZoneId.of("Europe/Lisbon")),
            Map.entry("zurich", ZoneId.of("Europe/Zurich")),
            Map.entry("stockholm", ZoneId.of("Europe/Stockholm")),
            Map.entry("warsaw", ZoneId.of("Europe/Warsaw")),
            Map.entry("athens", ZoneId.of("Europe/Athens")),
            Map.entry("istanbul", ZoneId.of("Europe/Istanbul")),
            Map.entry("mumbai", KOLKATA),
            Map.entry("delhi", KOLKATA),
            Map.entry("new delhi", KOLKATA),
            Map.entry("bangalore", KOLKATA),
            Map.entry("bengaluru", KOLKATA),
            Map.entry("shanghai", ZoneId.of("Asia/Shanghai")),
            Map.entry("beijing", ZoneId.of("Asia/Shanghai")));

    /** Words of a place or a zone's full name that may stand between it and "time" ("Pacific Standard Time"). */
    private static final Set<String> SEASONS = Set.of("standard", "daylight", "summer");

    /** "UTC+2", "GMT-5", "UTC+05:30", "UTC", "+0530": fixed offsets, bounded so nothing backtracks. */
    private static final Pattern OFFSET = Pattern.compile("(utc|gmt)?([+-])(\\d{1,2})(?::?(\\d{2}))?");

    private static final Set<String> THEIRS = Set.of("their", "his", "her", "local");

    private ZoneWords() {}

    /** Zone words starting at {@code at} ("ET", "(London time)", "in Tokyo time", ", UTC+2"). */
    static Optional<ZoneWord> read(List<Token> tokens, int at) {
        if (is(tokens, at, "in") && !is(tokens, at + 1, "the")) {
            return named(tokens, at + 1);
        }
        return named(tokens, at);
    }

    private static Optional<ZoneWord> named(List<Token> tokens, int at) {
        if (at >= tokens.size()) {
            return Optional.empty();
        }
        Token word = tokens.get(at);
        String norm = word.norm();
        ZoneId capital = CAPITALS_ONLY.get(word.bare());
        if (capital != null) {
            return zone(capital, timeEnd(tokens, at + 1));
        }
        if (CAPITALS_ONLY.containsKey(word.bare().toUpperCase(Locale.ROOT))) {
            return Optional.empty();
        }
        if (norm.equals("central") && is(tokens, at + 1, "european")) {
            return zone(PARIS, timeEnd(tokens, at + 2));
        }
        if (ABBREVIATIONS.containsKey(norm)) {
            return zone(ABBREVIATIONS.get(norm), timeEnd(tokens, at + 1));
        }
        Optional<ZoneWord> fixed = fixed(tokens, at);
        if (fixed.isPresent()) {
            return fixed;
        }
        Optional<ZoneWord> place = place(tokens, at);
        if (place.isPresent()) {
            return place;
        }
        return people(tokens, at);
    }

    /** "Eastern time", "Pacific Standard Time", "CET time": the words after a zone that belong to it. */
    private static int timeEnd(List<Token> tokens, int at) {
        int next = is(tokens, at, SEASONS.toArray(String[]::new)) && is(tokens, at + 1, "time") ? at + 1 : at;
        return is(tokens, next, "time") ? next + 1 : at;
    }

    private static Optional<ZoneWord> place(List<Token> tokens, int at) {
        for (int words = 2; words >= 1; words--) {
            if (at + words > tokens.size()) {
                continue;
            }
            StringBuilder name = new StringBuilder(tokens.get(at).norm());
            for (int next = at + 1; next < at + words; next++) {
                name.append(' ').append(tokens.get(next).norm());
            }
            ZoneId zone = PLACES.get(name.toString());
            int end = timeEnd(tokens, at + words);
            if (zone != null && end > at + words) {
                return zone(zone, end);
            }
        }
        return Optional.empty();
    }

    /** "my time", "your time": the owner's; "their time", "local time", "the client's time": unknown. */
    private static Optional<ZoneWord> people(List<Token> tokens, int at) {
        int next = at + 1;
        if (is(tokens, at, "my", "your") && is(tokens, next, "time")) {
            return Optional.of(new ZoneWord(Optional.empty(), Optional.empty(), next + 1));
        }
        int from = is(tokens, at, "the") ? at + 1 : at;
        if (is(tokens, from, THEIRS.toArray(String[]::new)) || possessive(tokens, from)) {
            int end = is(tokens, from + 1, "local") ? from + 2 : from + 1;
            if (is(tokens, end, "time")) {
                String typed = tokens.get(at).bare().equalsIgnoreCase("the") ? "the " : "";
                for (int word = from; word <= end; word++) {
                    typed += (word > from ? " " : "") + tokens.get(word).bare();
                }
                String reason = "I don't know which zone '" + typed + "' is. " + UNKNOWN_ZONE;
                return Optional.of(new ZoneWord(Optional.empty(), Optional.of(reason), end + 1));
            }
        }
        return Optional.empty();
    }

    private static boolean possessive(List<Token> tokens, int at) {
        return at < tokens.size()
                && (tokens.get(at).norm().endsWith("'s")
                        || tokens.get(at).norm().endsWith("s'"));
    }

    private static Optional<ZoneWord> fixed(List<Token> tokens, int at) {
        String norm = tokens.get(at).norm();
        if (norm.equals("utc") || norm.equals("gmt") || tokens.get(at).bare().equals("Z")) {
            if (at + 1 < tokens.size()) {
                Matcher glued = OFFSET.matcher(tokens.get(at + 1).norm());
                if (glued.matches() && glued.group(1) == null) {
                    return offset(glued, at + 2);
                }
            }
            return zone(UTC, timeEnd(tokens, at + 1));
        }
        Matcher offset = OFFSET.matcher(norm);
        // A bare "+5" after a time is too loose to be a zone; "+0530" and "+05:30" are not.
        if (offset.matches() && (offset.group(1) != null || offset.group(4) != null)) {
            return offset(offset, at + 1);
        }
        return Optional.empty();
    }

    private static Optional<ZoneWord> offset(Matcher offset, int end) {
        int hours = Integer.parseInt(offset.group(3));
        int minutes = offset.group(4) == null ? 0 : Integer.parseInt(offset.group(4));
        int sign = offset.group(2).equals("-") ? -1 : 1;
        try {
            return zone(ZoneOffset.ofHoursMinutes(sign * hours, sign * minutes), end);
        } catch (DateTimeException impossible) {
            return Optional.empty();
        }
    }

    private static Optional<ZoneWord> zone(ZoneId zone, int end) {
        return Optional.of(new ZoneWord(Optional.of(zone), Optional.empty(), end));
    }

    private static boolean is(List<Token> tokens, int at, String... words) {
        return at >= 0 && at < tokens.size() && tokens.get(at).is(words);
    }
}
