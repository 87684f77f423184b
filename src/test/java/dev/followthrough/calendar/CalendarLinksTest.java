package dev.followthrough.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import dev.followthrough.commitment.Direction;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class CalendarLinksTest {

    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    private static final LinkTokens TOKENS = new LinkTokens(new byte[32]);
    private final CalendarLinks links =
            new CalendarLinks(Optional.of(URI.create("https://followthrough.example.com")), TOKENS, Commitments.NAMES);

    @Test
    void googleLinkHoldsTheHalfHourBeforeTheDeadlineInUtc() {
        // 2:00 PM in New York on 16 March 2027 is daylight time: 18:00 UTC.
        var commitment = Commitments.due("send Acme the deck & notes", Direction.MINE, "2027-03-16T14:00", NEW_YORK);

        var google = links.forCommitment(commitment).orElseThrow().google();

        assertThat(google.toString()).startsWith("https://calendar.google.com/calendar/render?action=TEMPLATE&");
        var query = query(google);
        assertThat(query).containsEntry("dates", "20270316T173000Z/20270316T180000Z");
        assertThat(query).containsEntry("text", "Due: send Acme the deck & notes");
        assertThat(query).containsEntry("ctz", "America/New_York");
        assertThat(query.get("details")).startsWith("You promised this to Acme by Tue 16 Mar, 2:00 PM EDT.");
    }

    @Test
    void googleTitleAndDetailsNamePeopleAndChannelsByName() {
        var commitment = Commitments.withSlackUser(
                "send <@U0002> the deck in <#C0009>", Direction.MINE, "U0002", "2027-03-16T14:00", NEW_YORK);

        var google = links.forCommitment(commitment).orElseThrow().google();

        var query = query(google);
        assertThat(query).containsEntry("text", "Due: send Dana the deck in #deals");
        assertThat(query.get("details")).startsWith("You promised this to Dana by Tue 16 Mar");
        assertThat(query.get("text") + query.get("details"))
                .doesNotContain("<@")
                .doesNotContain("<#");
    }

    @Test
    void icsLinkIsSignedForTheCommitmentAndItsTeam() {
        var commitment = Commitments.due("send Acme the deck", Direction.MINE, "2027-03-16T14:00", NEW_YORK);

        var ics = links.forCommitment(commitment).orElseThrow().ics();

        assertThat(ics.toString())
                .isEqualTo("https://followthrough.example.com/calendar/c/42/" + TOKENS.of("T0001", 42) + ".ics");
        assertThat(TOKENS.of("T0001", 42)).matches("[A-Za-z0-9_-]{43}").isNotEqualTo(TOKENS.of("T0002", 42));
        assertThat(new LinkTokens(new byte[] {1}).of("T0001", 42)).isNotEqualTo(TOKENS.of("T0001", 42));
    }

    @Test
    void aVeryLongPromiseStillFitsSlacksUrlLimit() {
        var commitment = Commitments.due("€".repeat(1000), Direction.MINE, "2027-03-16T14:00", NEW_YORK);

        var google = links.forCommitment(commitment).orElseThrow().google();

        assertThat(google.toString()).hasSizeLessThanOrEqualTo(GoogleCalendarLink.MAXIMUM_LENGTH);
        assertThat(query(google)).containsEntry("dates", "20270316T173000Z/20270316T180000Z");
    }

    @Test
    void noLinksWithoutAPublicUrlOrAHardDeadline() {
        var hard = Commitments.due("send Acme the deck", Direction.MINE, "2027-03-16T14:00", NEW_YORK);
        var withoutUrl = new CalendarLinks(Optional.empty(), TOKENS, Commitments.NAMES);

        assertThat(withoutUrl.forCommitment(hard)).isEmpty();
        var soft = new dev.followthrough.commitment.Commitment(
                hard.id(),
                hard.teamId(),
                hard.ownerId(),
                hard.what(),
                hard.direction(),
                hard.counterparty(),
                new dev.followthrough.commitment.DueDate(
                        dev.followthrough.commitment.Firmness.SOFT,
                        Optional.empty(),
                        Optional.empty(),
                        "soon",
                        NEW_YORK,
                        1,
                        hard.createdAt()),
                hard.status(),
                hard.closedAt(),
                hard.channelId(),
                hard.reminders(),
                hard.createdAt(),
                hard.updatedAt());
        assertThat(links.forCommitment(soft)).isEmpty();
    }

    private static Map<String, String> query(URI uri) {
        return Arrays.stream(uri.getRawQuery().split("&"))
                .map(pair -> pair.split("=", 2))
                .collect(Collectors.toMap(
                        pair -> pair[0],
                        pair -> pair.length == 1 ? "" : URLDecoder.decode(pair[1], StandardCharsets.UTF_8)));
    }
}
