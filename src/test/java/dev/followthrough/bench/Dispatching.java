package dev.followthrough.bench;

import com.slack.api.Slack;
import com.slack.api.SlackConfig;
import dev.followthrough.DatabaseUrl;
import dev.followthrough.platform.database.Database;
import dev.followthrough.platform.outbox.Dispatcher;
import dev.followthrough.platform.outbox.DispatcherSettings;
import dev.followthrough.support.SlackStandIn;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

/**
 * The outbox dispatcher running during a benchmark, with its default settings, its own database
 * pool and a Slack stand-in answering in 100 ms; {@code -Dbench.dispatcher=off} leaves it out.
 */
final class Dispatching implements AutoCloseable {

    private final SlackStandIn slack;
    private final Slack client;
    private final Database database;
    private final Dispatcher dispatcher;

    private Dispatching(String jdbcUrl) throws IOException {
        slack = new SlackStandIn();
        slack.latency(Duration.ofMillis(100));
        var config = new SlackConfig();
        config.setMethodsEndpointUrlPrefix(slack.apiUrl());
        config.setFailOnUnknownProperties(false);
        client = Slack.getInstance(config);
        database = Database.open(
                Optional.of(new DatabaseUrl(jdbcUrl, Optional.empty(), Optional.empty())), Path.of("unused"));
        dispatcher = new Dispatcher(
                database.jdbi(),
                teamId -> client.methods("xoxb-bench", teamId),
                Clock.systemUTC(),
                DispatcherSettings.DEFAULT);
        dispatcher.start();
    }

    static AutoCloseable beside(String jdbcUrl) throws IOException {
        if ("off".equals(System.getProperty("bench.dispatcher"))) {
            return () -> {};
        }
        return new Dispatching(jdbcUrl);
    }

    @Override
    public void close() throws Exception {
        dispatcher.close();
        System.out.printf(
                "dispatcher beside the sweep: %,d messages sent to the stand-in%n",
                slack.calls().size());
        database.close();
        client.close();
        slack.close();
    }
}
