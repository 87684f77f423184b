package dev.followthrough.digest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.followthrough.Application;
import dev.followthrough.support.MutableClock;
import dev.followthrough.support.RunningFollowthrough;
import dev.followthrough.support.SlackStandIn;
import dev.followthrough.support.TestDatabase;
import java.io.IOException;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;

/**
 * The weekly digest through real instances sharing one database: each user gets exactly one per
 * ISO week at their own local time, across zones and a DST change, however many sweeps and
 * instances run.
 */
class WeeklyDigestTimingTest {

    @Test
    void eachUserGetsOneDigestAWeekAtTheirOwnLocalTime() throws Exception {
        var jdbcUrl = TestDatabase.newDatabase("weekly_digest_timing");
        // Sunday 25 October 2026, noon UTC: ISO week 43, whose digests everyone already had.
        var clock = new MutableClock(Instant.parse("2026-10-25T12:00:00Z"));
        try (var slack = new SlackStandIn()) {
            var first = start(jdbcUrl, slack, clock);
            var jdbi = Jdbi.create(jdbcUrl);
            user(jdbi, "U100", "America/New_York", "MONDAY", "09:00", true);
            user(jdbi, "U200", "Asia/Tokyo", "MONDAY", "09:00", true);
            user(jdbi, "U300", "America/New_York", "SUNDAY", "09:00", true);
            user(jdbi, "U400", "America/New_York", "MONDAY", "09:00", false);

            clock.set(Instant.parse("2026-10-25T23:59:00Z"));
            settle(jdbi, clock);
            assertThat(digests(slack)).isEmpty();

            // Monday 09:00 in Tokyo is Sunday 24:00 UTC.
            clock.set(Instant.parse("2026-10-26T00:00:30Z"));
            awaitDigests(slack, 1);
            assertThat(recipients(slack)).containsExactly("U200");

            // Monday 09:00 in New York (EDT) is 13:00 UTC. U400 has nothing to say and no empty digests.
            clock.set(Instant.parse("2026-10-26T13:00:30Z"));
            awaitDigests(slack, 2);
            settle(jdbi, clock);
            assertThat(recipients(slack)).containsExactly("U200", "U100");

            // New York falls back on Sunday 1 November: U300's 09:00 that day is 14:00 UTC, not 13:00.
            clock.set(Instant.parse("2026-11-01T13:30:00Z"));
            settle(jdbi, clock);
            assertThat(recipients(slack)).containsExactly("U200", "U100");
            clock.set(Instant.parse("2026-11-01T14:00:30Z"));
            awaitDigests(slack, 3);

            // A second instance joins; the sweep's own record is lost: the outbox key still holds.
            try (var second = start(jdbcUrl, slack, clock)) {
                jdbi.useHandle(
                        handle -> handle.execute("UPDATE users SET digest_check_at = NULL, digest_last_week = NULL"));
                settle(jdbi, clock);
                first.close();
                settle(jdbi, clock);
                assertThat(recipients(slack)).containsExactly("U200", "U100", "U300");

                // Week 45 starts: Tokyo, then New York (now EST, 14:00 UTC).
                clock.set(Instant.parse("2026-11-02T13:30:00Z"));
                awaitDigests(slack, 4);
                clock.set(Instant.parse("2026-11-02T14:00:30Z"));
                awaitDigests(slack, 5);
                settle(jdbi, clock);
            }
            assertThat(recipients(slack)).containsExactly("U200", "U100", "U300", "U200", "U100");
            List<String> keys =
                    jdbi.withHandle(handle -> handle.createQuery("SELECT dedupe_key FROM outbox ORDER BY id")
                            .mapTo(String.class)
                            .list());
            assertThat(keys)
                    .containsExactly(
                            "digest:U200:2026-W44",
                            "digest:U100:2026-W44",
                            "digest:U300:2026-W44",
                            "digest:U200:2026-W45",
                            "digest:U100:2026-W45");
        }
    }

    static void user(Jdbi jdbi, String userId, String zone, String day, String time, boolean whenEmpty) {
        jdbi.useHandle(handle -> handle.createUpdate("""
                        INSERT INTO users (team_id, user_id, time_zone, locale, profile_fetched_at, digest_day,
                                           digest_time, digest_when_empty, digest_last_week, created_at)
                        VALUES ('T0001', :userId, :zone, 'en-US', now(), :day, CAST(:time AS TIME), :whenEmpty,
                                '2026-W43', '2026-10-01T12:00:00Z')""")
                .bind("userId", userId)
                .bind("zone", zone)
                .bind("day", day)
                .bind("time", time)
                .bind("whenEmpty", whenEmpty)
                .execute());
    }

    private static Application start(String jdbcUrl, SlackStandIn slack, MutableClock clock) throws IOException {
        var config = RunningFollowthrough.config(Map.of(
                "SLACK_BOT_TOKEN",
                "xoxb-digest",
                "SLACK_SIGNING_SECRET",
                RunningFollowthrough.SIGNING_SECRET,
                "DATABASE_URL",
                jdbcUrl,
                "DATA_DIR",
                Files.createTempDirectory("digest").toString(),
                "PORT",
                "0",
                "SLACK_API_URL",
                slack.apiUrl()));
        return Application.start(config, clock);
    }

    private static List<SlackStandIn.Call> digests(SlackStandIn slack) {
        return slack.calls("chat.postMessage");
    }

    private static List<String> recipients(SlackStandIn slack) {
        return digests(slack).stream().map(call -> call.param("channel")).toList();
    }

    private static void awaitDigests(SlackStandIn slack, int count) {
        await().atMost(Duration.ofSeconds(30)).until(() -> digests(slack).size() >= count);
    }

    /**
     * Waits until every user's next look is in the future and the outbox is empty, then one more
     * sweep interval: anything doubled or early would show by then.
     */
    private static void settle(Jdbi jdbi, MutableClock clock) throws InterruptedException {
        await().atMost(Duration.ofSeconds(30))
                .until(() -> jdbi.withHandle(handle -> handle.createQuery("""
                                        SELECT (SELECT count(*) FROM users
                                                WHERE digest_check_at IS NULL OR digest_check_at <= :now)
                                             + (SELECT count(*) FROM outbox WHERE status = 'PENDING')""")
                                .bind("now", clock.instant())
                                .mapTo(Long.class)
                                .one())
                        == 0);
        Thread.sleep((DigestFeature.SWEEP_SECONDS + 1) * 1000L);
    }
}
