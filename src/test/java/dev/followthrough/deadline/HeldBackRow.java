package dev.followthrough.deadline;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** One promise of {@code deadline/held-back.csv} and the reading expected of it. */
record HeldBackRow(
        int line,
        String wordingClass,
        LocalDateTime now,
        ZoneId zone,
        Locale locale,
        String text,
        String kind,
        List<Instant> instants,
        String counterparty,
        String direction) {

    static final String RESOURCE = "/deadline/held-back.csv";

    static List<HeldBackRow> all() {
        return PhraseFile.rows(RESOURCE).stream().map(HeldBackRow::of).toList();
    }

    private static HeldBackRow of(PhraseFile.Row row) {
        String kind = row.field(5);
        String when = row.field(6);
        List<Instant> instants = kind.equals("INVALID") || when.isEmpty()
                ? List.of()
                : Arrays.stream(when.split(";"))
                        .map(at -> OffsetDateTime.parse(at).toInstant())
                        .toList();
        return new HeldBackRow(
                row.line(),
                row.field(0),
                LocalDateTime.parse(row.field(1)),
                ZoneId.of(row.field(2)),
                Locale.forLanguageTag(row.field(3)),
                row.field(4),
                kind,
                instants,
                row.field(8),
                row.field(9));
    }

    PromiseReading read() {
        Clock clock = Clock.fixed(now.atZone(zone).toInstant(), zone);
        return new PromiseParser(clock).read(text, DeadlineContext.of(zone, locale));
    }

    boolean invalid() {
        return kind.equals("INVALID");
    }

    /** Where a wrong firm deadline is never acceptable: a zone is named, or the row is about zones. */
    boolean namesAZone() {
        return wordingClass.equals("zones") || ZoneWordsInText.mentionsAZone(text);
    }

    String expected() {
        return kind + " " + Describe.instants(instants, zone)
                + (invalid() ? "" : " | " + counterpartyShown() + " | " + direction);
    }

    private String counterpartyShown() {
        return counterparty.isEmpty() ? "no counterparty" : counterparty;
    }
}
