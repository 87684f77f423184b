package dev.followthrough.platform.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.followthrough.platform.database.DatabaseOutage;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(120)
class DispatcherLeaseTest {

    private static OutboxWorld world;

    @BeforeAll
    static void start() {
        world = new OutboxWorld("dispatcher_lease");
    }

    @AfterAll
    static void stop() throws Exception {
        world.close();
    }

    @BeforeEach
    void reset() {
        world.reset();
    }

    @Test
    void aCrashedDispatchersClaimsRunOutAndAnotherSendsThem() {
        world.enqueue(OutboxWorld.post("k1", "U100", "first"));
        world.enqueue(OutboxWorld.post("k2", "U100", "second"));
        world.enqueue(OutboxWorld.post("k3", "U200", "other"));
        var settings = DispatcherSettings.DEFAULT.unpaced().withLeases(Duration.ofSeconds(30), Duration.ofSeconds(5));
        // Claims, then dies before sending or recording anything.
        var crashed = claims(world.jdbi, settings, "crashed");
        var taken = crashed.claim(crashed.holdWorkspaces(), 10, Set.of());
        assertThat(taken).extracting(claimed -> claimed.message().dedupeKey()).containsExactly("k1", "k3");

        world.clock.advance(Duration.ofSeconds(6));
        assertThat(world.dispatcher(settings).dispatchOnce())
                .as("sent while the crashed claims still hold")
                .isZero();
        assertThat(world.postedTexts()).isEmpty();

        world.clock.advance(Duration.ofSeconds(25));
        assertThat(world.dispatcher(settings).dispatchOnce()).isEqualTo(3);
        assertThat(world.postedTexts()).containsSubsequence("first", "second").contains("other");

        // Should the crashed one come back with an outcome, the rows are no longer its to record.
        var late = new Recorder(world.jdbi, world.clock, RetryPolicy.DEFAULT, "crashed", new SimpleMeterRegistry())
                .record(List.of(new Attempt.Made(
                        taken.get(0), taken.get(0).message(), new Delivery.Refused("channel_not_found"), false)));
        assertThat(late.lost()).isEqualTo(1);
        assertThat(world.row("k1").status()).isEqualTo("SENT");
    }

    @Test
    void aSlowSlackHoldsNoDatabaseTransactionOpen() {
        world.slack.latency(Duration.ofSeconds(2));
        for (int user = 0; user < 5; user++) {
            world.enqueue(OutboxWorld.post("k" + user, "U" + (100 + user), "hello"));
        }
        try (var dispatcher = world.dispatcher()) {
            dispatcher.start();
            await().atMost(Duration.ofSeconds(10)).until(() -> world.slack.callsInFlight() == 5);

            assertThat(world.count("SELECT count(*) FROM outbox WHERE lease_owner IS NOT NULL"))
                    .isEqualTo(5);
            assertThat(world.count("""
                            SELECT count(*) FROM pg_stat_activity
                            WHERE datname = current_database() AND state LIKE 'idle in transaction%'"""))
                    .as("transactions left open while Slack answers")
                    .isZero();
            await().atMost(Duration.ofSeconds(10))
                    .until(() -> world.outbox.countsByStatus().get("SENT") == 5);
        }
    }

    @Test
    void movingTheProductsClockAheadNeverEndsTheLeaseOfAMessageOnItsWay() throws Exception {
        // As when reminders are made due by a clock moved ahead while an earlier message is still
        // being sent: its lease is elapsed time, so a second instance must leave it alone.
        world.slack.latency(Duration.ofSeconds(2));
        world.enqueue(OutboxWorld.post("k1", "U100", "once"));
        var settings = DispatcherSettings.DEFAULT.unpaced();
        var leases = Clock.systemUTC();
        try (var sending = new Dispatcher(
                        world.jdbi,
                        teamId -> world.methods(),
                        world.clock,
                        leases,
                        settings,
                        new SimpleMeterRegistry(),
                        new DatabaseOutage());
                var other = new Dispatcher(
                        world.jdbi,
                        teamId -> world.methods(),
                        world.clock,
                        leases,
                        settings,
                        new SimpleMeterRegistry(),
                        new DatabaseOutage())) {
            sending.start();
            await().atMost(Duration.ofSeconds(10)).until(() -> world.slack.callsInFlight() == 1);

            world.clock.advance(Duration.ofHours(2));
            assertThat(other.dispatchOnce()).as("sent by the other instance").isZero();

            await().atMost(Duration.ofSeconds(10))
                    .until(() -> "SENT".equals(world.row("k1").status()));
            assertThat(world.postedTexts()).containsExactly("once");
        }
    }

    @Test
    void cancellingAWorkspacesPendingMessagesStopsThemAndNoOneElses() {
        world.enqueue(OutboxWorld.post("T0001", "k1", "U100", "first"));
        world.enqueue(OutboxWorld.post("T0001", "k2", "U100", "second"));
        world.enqueue(OutboxWorld.post("T0002", "k3", "U100", "elsewhere"));

        var cancelled = world.jdbi.inTransaction(handle -> world.outbox.cancelPending(handle, "T0001", "uninstalled"));

        assertThat(cancelled).isEqualTo(2);
        assertThat(world.outbox.countsByStatus()).containsEntry("CANCELLED", 2L).containsEntry("PENDING", 1L);
        assertThat(world.dispatcher().dispatchOnce()).isEqualTo(1);
        assertThat(world.postedTexts()).containsExactly("elsewhere");
        assertThat(world.row("k1").lastError()).isEqualTo("uninstalled");
    }

    @Test
    void aMessageCancelledWhileOnItsWayIsNotRecordedAsSent() {
        world.enqueue(OutboxWorld.post("k1", "U100", "first"));
        var settings = DispatcherSettings.DEFAULT.unpaced();
        var claims = claims(world.jdbi, settings, "sending");
        var taken = claims.claim(claims.holdWorkspaces(), 10, Set.of());
        world.jdbi.useTransaction(handle -> world.outbox.cancelPending(handle, "T0001", "tokens revoked"));

        var tally = new Recorder(world.jdbi, world.clock, RetryPolicy.DEFAULT, "sending", new SimpleMeterRegistry())
                .record(List.of(new Attempt.Made(
                        taken.get(0),
                        taken.get(0).message(),
                        new Delivery.Sent(new SentMessage("D100", "1.2")),
                        false)));

        assertThat(tally.lost()).isEqualTo(1);
        assertThat(world.row("k1").status()).isEqualTo("CANCELLED");
    }

    private static Claims claims(Jdbi jdbi, DispatcherSettings settings, String owner) {
        return new Claims(jdbi, world.clock, world.clock, settings, new Pacing(settings, System::nanoTime), owner);
    }
}
