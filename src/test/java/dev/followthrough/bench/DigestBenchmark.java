package dev.followthrough.bench;

import dev.followthrough.DatabaseUrl;
import dev.followthrough.digest.DigestFeature;
import dev.followthrough.platform.database.Database;
import dev.followthrough.platform.outbox.Outbox;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Weekly digests for 100,000 users with 20 commitments each, on an embedded PostgreSQL it starts
 * itself: how fast they are composed (one query per batch of users), then how fast the real sweep
 * composes and queues them. Prints figures; run with {@code mvn -B -Pbench-digest verify}.
 */
public final class DigestBenchmark {

    private static final int USERS = Integer.getInteger("bench.users", 100_000);
    private static final int BATCH = Integer.getInteger("bench.batch", 500);
    // Monday 23 November 2026, 15:00 UTC: every user's Monday 09:00 has passed in the zones used.
    private static final Instant NOW = Instant.parse("2026-11-23T15:00:00Z");

    private DigestBenchmark() {}

    public static void main(String[] arguments) throws Exception {
        try (var postgres = EmbeddedPostgres.builder().start()) {
            var url = DatabaseUrl.parse(postgres.getJdbcUrl("postgres", "postgres"))
                    .orElseThrow();
            try (var database = Database.open(Optional.of(url), Files.createTempDirectory("digest-bench"))) {
                var jdbi = database.jdbi();
                var seeding = System.nanoTime();
                jdbi.useHandle(handle -> handle.execute(SEED, USERS));
                jdbi.useHandle(handle -> handle.execute("ANALYZE"));
                var counts = jdbi.withHandle(
                        handle -> handle.createQuery("SELECT (SELECT count(*) FROM commitments) || ' commitments, '"
                                        + " || (SELECT count(*) FROM commitment_events) || ' events'")
                                .mapTo(String.class)
                                .one());
                System.out.printf(
                        "Seeded %,d users, %s in %.1f s%n", USERS, counts, (System.nanoTime() - seeding) / 1e9);

                var bytes = new AtomicLong();
                var start = System.nanoTime();
                var composed = DigestFeature.composeEveryone(
                        jdbi, NOW, BATCH, () -> true, json -> bytes.addAndGet(json.length()));
                var seconds = (System.nanoTime() - start) / 1e9;
                System.out.printf(
                        "Composed %,d digests (batches of %d users, one query each) in %.1f s: %,.0f digests/s,"
                                + " %.1f KB of Block Kit JSON each on average%n",
                        composed, BATCH, seconds, composed / seconds, bytes.get() / 1024.0 / composed);

                var clock = Clock.fixed(NOW, ZoneOffset.UTC);
                var sweep = DigestFeature.sweep(jdbi, new Outbox(jdbi, clock), clock, BATCH);
                start = System.nanoTime();
                sweep.run();
                seconds = (System.nanoTime() - start) / 1e9;
                var queued = jdbi.withHandle(handle -> handle.createQuery("SELECT count(*) FROM outbox")
                        .mapTo(Long.class)
                        .one());
                System.out.printf(
                        "Digest sweep composed and queued %,d digests (users locked, outbox rows written, week"
                                + " recorded) in %.1f s: %,.0f digests/s%n",
                        queued, seconds, queued / seconds);
                start = System.nanoTime();
                sweep.run();
                System.out.printf(
                        "A second sweep the same week found nothing to do in %.0f ms%n",
                        (System.nanoTime() - start) / 1e6);
            }
        }
    }

    /**
     * Per user: 8 kept (one late), 2 missed (one followed up), 1 renegotiated before and open, 2
     * open due this week or later, 2 soft, 2 owed by others, 1 cancelled, 2 kept weeks ago; in one
     * of four zones. Deadlines spread over the last five weeks and the next one.
     */
    private static final String SEED = """
            INSERT INTO users (team_id, user_id, time_zone, locale, profile_fetched_at, created_at)
            SELECT 'T' || (u % 10), 'U' || u,
                   (ARRAY['America/New_York', 'Europe/London', 'Asia/Tokyo', 'America/Los_Angeles'])[u % 4 + 1],
                   'en-US', now(), timestamptz '2026-10-01 12:00Z'
            FROM generate_series(1, ?) AS u;

            INSERT INTO commitments (team_id, owner_id, what, direction, counterparty_user_id, counterparty_name,
                                     firmness, due_at, due_phrase, due_zone, status, closed_at, deadline_set_at,
                                     nudged_through, created_at, updated_at)
            SELECT users.team_id, users.user_id,
                   'send the revised proposal number ' || j,
                   CASE WHEN j IN (16, 17) THEN 'THEIRS' ELSE 'MINE' END,
                   CASE WHEN j IN (16, 17) THEN 'U' || (j * 7) ELSE NULL END,
                   CASE WHEN j IN (16, 17) THEN NULL ELSE 'Client ' || (j % 6) END,
                   CASE WHEN j IN (14, 15) THEN 'SOFT' ELSE 'HARD' END,
                   CASE WHEN j IN (14, 15) THEN NULL
                        WHEN j BETWEEN 11 AND 13 THEN timestamptz '2026-11-23 15:00Z' + j * interval '9 hours'
                        WHEN j IN (19, 20) THEN timestamptz '2026-10-05 17:00Z' + j * interval '1 day'
                        ELSE timestamptz '2026-11-23 15:00Z' - j * interval '2 days' END,
                   'by Friday', users.time_zone,
                   CASE WHEN j <= 8 OR j IN (19, 20) THEN 'KEPT' WHEN j IN (9, 10) THEN 'MISSED'
                        WHEN j = 18 THEN 'CANCELLED' ELSE 'OPEN' END,
                   CASE WHEN j <= 8 OR j IN (18, 19, 20)
                        THEN timestamptz '2026-11-23 15:00Z' - j * interval '2 days' + interval '1 hour' END,
                   timestamptz '2026-10-01 12:00Z', timestamptz '2026-10-01 12:00Z',
                   timestamptz '2026-10-01 12:00Z', timestamptz '2026-10-01 12:00Z'
            FROM users CROSS JOIN generate_series(1, 20) AS j;

            INSERT INTO commitment_events (team_id, commitment_id, actor_id, kind, at, new_due_at)
            SELECT team_id, id, owner_id, 'CREATED', created_at, due_at FROM commitments;

            INSERT INTO commitment_events (team_id, commitment_id, actor_id, kind, at, timing)
            SELECT team_id, id, owner_id, status, closed_at,
                   CASE WHEN status = 'KEPT' AND id % 20 = 1 THEN 'AFTER_THE_DEADLINE'
                        WHEN status = 'KEPT' THEN 'BY_THE_DEADLINE'
                        WHEN closed_at > due_at THEN 'AFTER_THE_DEADLINE'
                        WHEN due_at IS NOT NULL THEN 'BY_THE_DEADLINE' END
            FROM commitments WHERE status IN ('KEPT', 'CANCELLED');

            INSERT INTO commitment_events (team_id, commitment_id, kind, at, old_due_at)
            SELECT team_id, id, 'MISSED', due_at + interval '10 minutes', due_at
            FROM commitments WHERE status = 'MISSED';

            INSERT INTO commitment_events (team_id, commitment_id, actor_id, kind, at, remind_at)
            SELECT team_id, id, owner_id, 'FOLLOWED_UP', due_at + interval '1 day', due_at + interval '3 days'
            FROM commitments WHERE status = 'MISSED' AND id % 2 = 0;

            INSERT INTO commitment_events (team_id, commitment_id, actor_id, kind, at, old_due_at, new_due_at,
                                           timing)
            SELECT team_id, id, owner_id, 'RENEGOTIATED', due_at - interval '3 days', due_at - interval '2 days',
                   due_at, 'BY_THE_DEADLINE'
            FROM commitments WHERE what = 'send the revised proposal number 13';
            """;
}
