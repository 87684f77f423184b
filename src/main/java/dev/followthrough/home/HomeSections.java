package dev.followthrough.home;

import dev.followthrough.commitment.Commitment;
import dev.followthrough.commitment.Direction;
import dev.followthrough.commitment.Firmness;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** A user's open commitments, in the order they need attention. */
final class HomeSections {

    enum Section {
        OVERDUE(":warning: Overdue"),
        TODAY(":hourglass: Due today"),
        THIS_WEEK(":calendar: This week"),
        LATER(":spiral_calendar_pad: Later"),
        SOFT(":pushpin: No date yet: pin these down"),
        THEIRS(":inbox_tray: What others owe you");

        final String title;

        Section(String title) {
            this.title = title;
        }
    }

    private HomeSections() {}

    static Map<Section, List<Commitment>> of(List<Commitment> open, Instant now, ZoneId zone) {
        var sections = new EnumMap<Section, List<Commitment>>(Section.class);
        for (var section : Section.values()) {
            sections.put(section, new ArrayList<>());
        }
        var today = now.atZone(zone).toLocalDate();
        var endOfWeek = today.with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY));
        for (var commitment : open) {
            sections.get(sectionOf(commitment, now, zone, today, endOfWeek)).add(commitment);
        }
        sections.values()
                .forEach(list -> list.sort(Comparator.comparing((Commitment commitment) ->
                                commitment.sortInstant().orElse(Instant.MAX))
                        .thenComparing(Commitment::createdAt)));
        return sections;
    }

    private static Section sectionOf(
            Commitment commitment, Instant now, ZoneId zone, java.time.LocalDate today, java.time.LocalDate endOfWeek) {
        if (commitment.direction() == Direction.THEIRS) {
            return Section.THEIRS;
        }
        if (commitment.firmness() == Firmness.SOFT) {
            return Section.SOFT;
        }
        var due = commitment.due().orElseThrow();
        if (due.isBefore(now)) {
            return Section.OVERDUE;
        }
        var day = due.atZone(zone).toLocalDate();
        if (day.equals(today)) {
            return Section.TODAY;
        }
        return day.isAfter(endOfWeek) ? Section.LATER : Section.THIS_WEEK;
    }
}
