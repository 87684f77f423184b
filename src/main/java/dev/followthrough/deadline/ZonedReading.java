package dev.followthrough.deadline;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A deadline followed by a zone word ("Fri 4pm ET", "EOD Central", "11am PST tomorrow") is read
 * again in that zone, its days on that zone's calendar. Where "today" or "tomorrow" is a different
 * day there than where the owner is, both days are offered, the owner's first.
 */
final class ZonedReading {

    /** Day words that count from today, so whose today they count from matters. */
    private static final Set<String> RELATIVE = Set.of(
            "today",
            "tdy",
            "tonight",
            "tonite",
            "tomorrow",
            "tmrw",
            "tmr",
            "tmw",
            "tomorow",
            "tommorow",
            "tommorrow",
            "2moro",
            "2morrow");

    private final List<Token> tokens;
    private final Moment moment;
    private final Map<ZoneId, DeadlineGrammar> zonesCalendar = new HashMap<>();
    private final Map<ZoneId, DeadlineGrammar> ownersCalendar = new HashMap<>();

    ZonedReading(List<Token> tokens, Moment moment) {
        this.tokens = tokens;
        this.moment = moment;
    }

    /** {@code match}, read from {@code at}, widened over a zone word after it and read in its zone. */
    PhraseMatch read(int at, PhraseMatch match) {
        Optional<ZoneWords.ZoneWord> found = ZoneWords.read(tokens, match.end());
        if (found.isEmpty()) {
            return match;
        }
        ZoneWords.ZoneWord word = found.get();
        if (word.refusal().isPresent()) {
            return new PhraseMatch(new Outcome.Refused(word.refusal().get()), word.end(), true);
        }
        ZoneId zone = word.zone().orElse(moment.context().zone());
        if (zone.equals(moment.context().zone())) {
            DeadlineGrammar here = zonesCalendar.computeIfAbsent(zone, named -> grammar(moment));
            return here.timeThenDay(at, match.end(), word.end())
                    .orElseGet(() -> new PhraseMatch(match.outcome(), word.end(), true));
        }
        DeadlineGrammar there = zonesCalendar.computeIfAbsent(zone, named -> grammar(moment.in(named)));
        Optional<PhraseMatch> acrossTheZone = there.timeThenDay(at, match.end(), word.end());
        int end = acrossTheZone.map(PhraseMatch::end).orElse(word.end());
        Outcome outcome =
                acrossTheZone.or(() -> there.read(at)).map(PhraseMatch::outcome).orElse(match.outcome());
        if (countsFromToday(at, end) && !moment.in(zone).today().equals(moment.today())) {
            DeadlineGrammar onOwnersDay =
                    ownersCalendar.computeIfAbsent(zone, named -> grammar(moment.inOnThisDay(named)));
            Outcome owners = onOwnersDay
                    .timeThenDay(at, match.end(), word.end())
                    .or(() -> onOwnersDay.read(at))
                    .map(PhraseMatch::outcome)
                    .orElse(outcome);
            outcome = eitherDay(owners, outcome, zone);
        }
        boolean span = there.spanAt(at, match.end());
        return new PhraseMatch(readIn(outcome, match.outcome(), zone, span), end, true);
    }

    private DeadlineGrammar grammar(Moment there) {
        return new DeadlineGrammar(tokens, there, false);
    }

    /** A span from now ("in 2 hours ET") reads the same anywhere: then the zone word changes nothing. */
    private static Outcome readIn(Outcome there, Outcome owners, ZoneId zone, boolean span) {
        if (!(there instanceof Outcome.Pinned pinned)) {
            return there;
        }
        if (span && owners instanceof Outcome.Pinned same && same.readings().equals(pinned.readings())) {
            return owners;
        }
        return pinned.readIn(zone);
    }

    private Outcome eitherDay(Outcome owners, Outcome zones, ZoneId zone) {
        List<Instant> readings = new ArrayList<>();
        for (Outcome outcome : List.of(owners, zones)) {
            if (outcome instanceof Outcome.Pinned pinned) {
                pinned.readings().stream()
                        .filter(due -> !readings.contains(due))
                        .forEach(readings::add);
            }
        }
        if (readings.isEmpty()) {
            return owners;
        }
        if (readings.size() == 1) {
            return Outcome.Pinned.at(readings.get(0));
        }
        Ambiguity why =
                new Ambiguity.ZoneDay(zone, moment.today(), moment.in(zone).today());
        return new Outcome.Pinned(readings, why);
    }

    private boolean countsFromToday(int from, int to) {
        for (int at = from; at < to && at < tokens.size(); at++) {
            Token word = tokens.get(at);
            if (RELATIVE.contains(word.norm())
                    || (word.is("this") && at + 1 < to && tokens.get(at + 1).is("morning", "afternoon", "evening"))) {
                return true;
            }
        }
        return false;
    }
}
