package dev.followthrough.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import dev.followthrough.support.RunningFollowthrough;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The channel summary reads channels a page at a time; every channel comes once, whatever the page size. */
class ChannelsInPagesTest {

    private static final Instant MADE = Instant.parse("2026-11-20T15:00:00Z");
    private static final Instant KEPT_SINCE = Instant.parse("2026-11-23T15:00:00Z");

    private final RunningFollowthrough followthrough = RunningFollowthrough.shared();

    @BeforeEach
    void startClean() {
        followthrough.reset();
    }

    @Test
    void pagesTogetherNameEveryChannelWithOpenOrRecentlyKeptPromisesOnceWithItsLatestZone() {
        // Seven channels in two teams with two promises each, the later one made in Tokyo.
        for (var channel = 1; channel <= 7; channel++) {
            var team = channel <= 4 ? "T0001" : "T0002";
            insert(team, "C" + channel, "OPEN", null, "America/New_York", MADE);
            insert(team, "C" + channel, "OPEN", null, "Asia/Tokyo", MADE.plusSeconds(60));
        }
        // Kept recently: it counts. Kept long ago, cancelled, or made in a DM: they don't.
        insert("T0002", "C8", "KEPT", KEPT_SINCE.plusSeconds(3600), "Europe/London", MADE);
        insert("T0002", "C9", "KEPT", KEPT_SINCE.minusSeconds(3600), "Europe/London", MADE);
        insert("T0002", "C10", "CANCELLED", KEPT_SINCE.plusSeconds(3600), "Europe/London", MADE);
        insert("T0002", null, "OPEN", null, "Europe/London", MADE);

        var seen = new ArrayList<ChannelWithCommitments>();
        var after = ChannelWithCommitments.FIRST;
        while (true) {
            var from = after;
            List<ChannelWithCommitments> page =
                    followthrough.jdbi.withHandle(handle -> Ledger.channelsAfter(handle, from, KEPT_SINCE, 3));
            seen.addAll(page);
            if (page.size() < 3) {
                break;
            }
            after = page.get(page.size() - 1);
        }

        assertThat(seen)
                .extracting(channel -> channel.teamId() + "/" + channel.channelId() + "/" + channel.dueZone())
                .containsExactly(
                        "T0001/C1/Asia/Tokyo",
                        "T0001/C2/Asia/Tokyo",
                        "T0001/C3/Asia/Tokyo",
                        "T0001/C4/Asia/Tokyo",
                        "T0002/C5/Asia/Tokyo",
                        "T0002/C6/Asia/Tokyo",
                        "T0002/C7/Asia/Tokyo",
                        "T0002/C8/Europe/London");
    }

    private void insert(String teamId, String channelId, String status, Instant closedAt, String zone, Instant made) {
        followthrough.jdbi.useHandle(handle -> handle.createUpdate("""
                        INSERT INTO commitments (team_id, owner_id, what, direction, firmness, due_at, due_zone, status,
                                                 closed_at, channel_id, created_at, updated_at, deadline_set_at,
                                                 nudged_through)
                        VALUES (:teamId, 'U100', 'send the numbers', 'MINE', 'HARD', :due, :zone, :status,
                                :closedAt, :channelId, :made, :made, :made, :made)""")
                .bind("teamId", teamId)
                .bind("channelId", channelId)
                .bind("status", status)
                .bind("closedAt", closedAt)
                .bind("zone", zone)
                .bind("made", made)
                .bind("due", made.plusSeconds(7 * 24 * 3600))
                .execute());
    }
}
