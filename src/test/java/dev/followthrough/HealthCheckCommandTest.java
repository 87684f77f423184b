package dev.followthrough;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.sun.net.httpserver.HttpServer;
import dev.followthrough.support.RunningFollowthrough;
import dev.followthrough.support.ServiceProcess;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class HealthCheckCommandTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(Map<String, String> environment, String... args) {
        return HealthCheckCommand.run(
                List.of(args),
                environment,
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String errors() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void theRunningServiceOnPortIsHealthy() {
        var environment = Map.of(
                "PORT",
                Integer.toString(RunningFollowthrough.shared().application.httpPort()));
        awaitWarm(environment);

        var status = run(environment);

        assertThat(status).as(errors()).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("\"database\":\"ok\"");
        assertThat(errors()).isEmpty();
    }

    /**
     * On a loaded machine a cold service's first answer can take longer than the command waits
     * (3 s): waits until it has answered once, so that what is checked is what the command makes of
     * an answer.
     */
    static void awaitWarm(Map<String, String> environment) {
        var discarded = new PrintStream(OutputStream.nullOutputStream());
        await().atMost(Duration.ofSeconds(60))
                .until(() -> HealthCheckCommand.run(List.of(), environment, discarded, discarded) == 0);
    }

    @Test
    void aClosedPortIsNotReachableInOneLine() {
        var port = ServiceProcess.freePort();

        var status = run(Map.of("PORT", Integer.toString(port)));

        assertThat(status).isEqualTo(1);
        assertThat(errors().lines())
                .singleElement()
                .asString()
                .startsWith("Not reachable: http://127.0.0.1:" + port + "/healthz")
                .doesNotContain("Exception");
    }

    @Test
    void a503IsUnhealthyWithItsStatusAndBody() throws IOException {
        var body = "{\"status\":\"unavailable\",\"database\":\"down\"}";
        var server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/healthz", exchange -> {
            var bytes = body.getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(503, bytes.length);
            exchange.getResponseBody().write(bytes);
            exchange.close();
        });
        server.start();
        try {
            // --url wins over PORT, which here names nothing listening.
            var status = run(
                    Map.of("PORT", Integer.toString(ServiceProcess.freePort())),
                    "--url",
                    "http://127.0.0.1:" + server.getAddress().getPort() + "/healthz");

            assertThat(status).isEqualTo(1);
            assertThat(errors().lines()).singleElement().asString().contains("answered 503 " + body);
            assertThat(out.toString(StandardCharsets.UTF_8)).isEmpty();
        } finally {
            server.stop(0);
        }
    }

    @Test
    void aServiceThatNeverAnswersIsUnhealthyWithinAboutThreeSeconds() throws IOException {
        // Accepts the connection (the backlog does) but never reads or answers.
        try (var silent = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            var started = System.nanoTime();

            var status = run(Map.of(), "--url", "http://127.0.0.1:" + silent.getLocalPort() + "/healthz");

            assertThat(status).isEqualTo(1);
            assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(6));
            assertThat(errors()).contains("did not answer within 3 s");
        }
    }

    @Test
    void aPortThatIsNoPortIsNamedWithTheUsage() {
        var status = run(Map.of("PORT", "three thousand"));

        assertThat(status).isEqualTo(2);
        assertThat(errors().lines())
                .containsExactly(
                        "PORT must be the port the service listens on, from 1 to 65535, not three thousand;"
                                + " or give the address with --url.",
                        HealthCheckCommand.USAGE);
    }
}
