package dev.followthrough.platform.outbox;

import com.slack.api.Slack;
import com.slack.api.SlackConfig;
import com.slack.api.methods.MethodsClient;
import dev.followthrough.DatabaseUrl;
import dev.followthrough.platform.database.Database;
import dev.followthrough.support.MutableClock;
import dev.followthrough.support.SlackStandIn;
import dev.followthrough.support.TestDatabase;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;

/** A migrated database of its own, the Slack stand-in and a clock: what the outbox tests run on. */
final class OutboxWorld implements AutoCloseable {

    static final Instant START = Instant.parse("2026-11-23T15:00:00Z");

    /** One outbox row as the tests look at it. */
    record Row(String status, int attempts, String lastError, Instant nextAttemptAt) {}

    final SlackStandIn slack;
    final MutableClock clock = new MutableClock(START);
    final Database database;
    final Jdbi jdbi;
    final Outbox outbox;
    private final Slack slackClient;

    OutboxWorld(String databaseName) {
        try {
            slack = new SlackStandIn();
        } catch (IOException cannotStart) {
            throw new UncheckedIOException(cannotStart);
        }
        var url = DatabaseUrl.parse(TestDatabase.newDatabase(databaseName)).orElseThrow();
        database = Database.open(Optional.of(url), Path.of("unused"));
        jdbi = database.jdbi();
        outbox = new Outbox(jdbi, clock);
        slackClient = Slack.getInstance(slackConfig(slack.apiUrl()));
    }

    static SlackConfig slackConfig(String apiUrl) {
        var config = new SlackConfig();
        config.setMethodsEndpointUrlPrefix(apiUrl);
        config.setFailOnUnknownProperties(false);
        return config;
    }

    MethodsClient methods() {
        return slackClient.methods("xoxb-test-token");
    }

    /** A dispatcher whose every call carries {@code token}: the stand-in tells its calls apart. */
    Dispatcher dispatcherWithToken(String token, DispatcherSettings settings) {
        return new Dispatcher(jdbi, teamId -> slackClient.methods(token, teamId), clock, settings);
    }

    static OutboxMessage post(String teamId, String dedupeKey, String recipient, String text) {
        return OutboxMessage.post(teamId, dedupeKey, recipient, text, null, Optional.empty(), Optional.empty());
    }

    long count(String sql) {
        return jdbi.withHandle(
                handle -> handle.createQuery(sql).mapTo(Long.class).one());
    }

    /** A dispatcher of its own (its own instance id), paced so loosely that only the tests of pacing meet it. */
    Dispatcher dispatcher() {
        return dispatcher(DispatcherSettings.DEFAULT.unpaced());
    }

    Dispatcher dispatcher(DispatcherSettings settings) {
        return new Dispatcher(jdbi, teamId -> methods(), clock, settings);
    }

    boolean enqueue(OutboxMessage message) {
        return jdbi.inTransaction(handle -> outbox.enqueue(handle, message));
    }

    static OutboxMessage post(String dedupeKey, String recipient, String text) {
        return OutboxMessage.post("T0001", dedupeKey, recipient, text, null, Optional.empty(), Optional.empty());
    }

    /** The texts of the chat.postMessage calls Slack received, in the order it received them. */
    List<String> postedTexts() {
        return slack.calls("chat.postMessage").stream()
                .map(call -> call.param("text"))
                .toList();
    }

    Row row(String dedupeKey) {
        return jdbi.withHandle(handle -> handle.createQuery(
                        "SELECT status, attempts, last_error, next_attempt_at FROM outbox WHERE dedupe_key = :key")
                .bind("key", dedupeKey)
                .map((rows, context) -> new Row(
                        rows.getString("status"),
                        rows.getInt("attempts"),
                        rows.getString("last_error"),
                        rows.getTimestamp("next_attempt_at").toInstant()))
                .one());
    }

    void reset() {
        slack.reset();
        clock.set(START);
        jdbi.useHandle(handle -> handle.execute("TRUNCATE outbox, dispatch_workspaces, dispatchers RESTART IDENTITY"));
    }

    @Override
    public void close() throws Exception {
        slackClient.close();
        database.close();
        slack.close();
    }
}
