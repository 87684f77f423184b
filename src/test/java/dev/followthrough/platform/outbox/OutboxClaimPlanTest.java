package dev.followthrough.platform.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The claim's statements on a burst's worth of pending rows: index scans, not a pass over the table. */
class OutboxClaimPlanTest {

    private static final int TEAMS = 200;
    private static final int USERS_EACH = 100;

    private static OutboxWorld world;

    @BeforeAll
    static void start() {
        world = new OutboxWorld("outbox_claim_plan");
        world.jdbi.useHandle(handle -> {
            handle.execute("""
                    INSERT INTO outbox (team_id, dedupe_key, recipient, method, channel, text, next_attempt_at, created_at)
                    SELECT 'T' || team, 'nudge:' || team || ':' || app_user, 'U' || app_user, 'chat.postMessage',
                           'U' || app_user, 'Due soon', :now, :now
                    FROM generate_series(1, ?) AS team, generate_series(1, ?) AS app_user""".replace(":now", "TIMESTAMPTZ '" + OutboxWorld.START + "'"), TEAMS, USERS_EACH);
            // Delivered history: what a long-running outbox mostly holds.
            handle.execute("""
                    INSERT INTO outbox (team_id, dedupe_key, recipient, method, channel, text, next_attempt_at,
                                        created_at, status, sent_at, result_channel, result_ts)
                    SELECT 'T' || (n % 200), 'old:' || n, 'U' || (n % 100), 'chat.postMessage', 'U1', 'Old',
                           :now, :now, 'SENT', :now, 'D1', '1.1'
                    FROM generate_series(1, 100000) AS n""".replace(":now", "TIMESTAMPTZ '" + OutboxWorld.START + "'"));
            // One workspace's deep backlog: 20 users with 500 messages each, most held back behind their first.
            handle.execute("""
                    INSERT INTO outbox (team_id, dedupe_key, recipient, method, channel, text, next_attempt_at, created_at)
                    SELECT 'TDEEP', 'deep:' || app_user || ':' || n, 'U' || app_user, 'chat.postMessage',
                           'U' || app_user, 'Due soon', :now, :now
                    FROM generate_series(1, 500) AS n, generate_series(1, 20) AS app_user ORDER BY n""".replace(":now", "TIMESTAMPTZ '" + OutboxWorld.START + "'"));
            handle.execute("ANALYZE outbox");
        });
    }

    @AfterAll
    static void stop() throws Exception {
        world.close();
    }

    @Test
    void findingTheWorkspacesWithMessagesDueReadsIndexesOnly() throws Exception {
        var plan = explain(sql("workspacesWithDueMessages", Instant.class), List.of());

        assertThat(plan).doesNotContain("Seq Scan on outbox");
        assertThat(world.jdbi.onDemand(OutboxStore.class).workspacesWithDueMessages(OutboxWorld.START))
                .hasSize(TEAMS + 1);
    }

    @Test
    void claimingTenWorkspacesMessagesReadsIndexesOnly() throws Exception {
        var teams = new String[10];
        var most = new Integer[10];
        for (int team = 0; team < 10; team++) {
            teams[team] = "T" + (team * 20 + 1);
            most[team] = 20;
        }

        var plan = explain(
                sql("claimDue", String[].class, Integer[].class, Instant.class, Instant.class), List.of(teams, most));

        assertThat(plan).doesNotContain("Seq Scan on outbox");
        var claimed = world.jdbi.inTransaction(
                handle -> handle.attach(OutboxStore.class).claimDue(teams, most, OutboxWorld.START, OutboxWorld.START));
        assertThat(claimed).hasSize(200);
    }

    @Test
    void claimingBehindADeepBacklogProbesEachCandidatesRecipientOnce() throws Exception {
        String[] teams = {"TDEEP"};
        Integer[] most = {50};

        var plan = explain(
                sql("claimDue", String[].class, Integer[].class, Instant.class, Instant.class), List.of(teams, most));

        assertThat(plan).doesNotContain("Seq Scan on outbox").doesNotContain("Materialize");
        var claimed = world.jdbi.inTransaction(handle -> {
            handle.attach(OutboxStore.class).walkInDueOrder();
            return handle.attach(OutboxStore.class).claimDue(teams, most, OutboxWorld.START, OutboxWorld.START);
        });
        assertThat(claimed).as("each user's first message, and no other").hasSize(20);
    }

    private static String sql(String method, Class<?>... parameters) throws NoSuchMethodException {
        return OutboxStore.class
                .getMethod(method, parameters)
                .getAnnotation(SqlQuery.class)
                .value();
    }

    /** EXPLAIN ANALYZE of the statement, printed for the record, rolled back. */
    private static String explain(String sql, List<Object> arrays) {
        return world.jdbi.inTransaction(handle -> {
            handle.attach(OutboxStore.class).walkInDueOrder();
            var query = handle.createQuery("EXPLAIN (ANALYZE, BUFFERS) " + sql).bind("now", OutboxWorld.START);
            if (!arrays.isEmpty()) {
                query.bind("teamIds", (String[]) arrays.get(0))
                        .bind("most", (Integer[]) arrays.get(1))
                        .bind("leaseNow", OutboxWorld.START);
            }
            var plan = String.join("\n", query.mapTo(String.class).list());
            System.out.println(plan);
            handle.rollback();
            return plan;
        });
    }
}
