package dev.followthrough.platform.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.slack.api.bolt.App;
import com.slack.api.bolt.AppConfig;
import dev.followthrough.DatabaseUrl;
import dev.followthrough.platform.database.Database;
import dev.followthrough.support.RunningFollowthrough;
import dev.followthrough.support.TestDatabase;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

class HealthTest {

    @Test
    void healthzAnswersOkWhileTheDatabaseAnswers() throws Exception {
        var followthrough = RunningFollowthrough.shared();

        var response = get(followthrough.application.httpPort(), "/healthz");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("ok");
    }

    @Test
    void healthzAnswers503WhenTheDatabaseDoesNot() throws Exception {
        var url = DatabaseUrl.parse(TestDatabase.newDatabase("health_check")).orElseThrow();
        var database = Database.open(Optional.of(url), Path.of("unused"));
        var app = new App(AppConfig.builder()
                .singleTeamBotToken("xoxb-health")
                .signingSecret("secret")
                .build());
        var server = new HttpServer(
                0, app, true, database::isHealthy, MetricsEndpoint.open(new SimpleMeterRegistry(), () -> ""));
        server.start();
        try {
            assertThat(get(server.port(), "/healthz").statusCode()).isEqualTo(200);

            database.close();

            var response = get(server.port(), "/healthz");
            assertThat(response.statusCode()).isEqualTo(503);
            assertThat(response.body()).contains("database unavailable");
        } finally {
            server.close();
        }
    }

    @Test
    void slackRequestsAreNotServedInSocketMode() throws Exception {
        var healthy = new AtomicBoolean(true);
        var app = new App(AppConfig.builder().singleTeamBotToken("xoxb-socket").build());
        var server =
                new HttpServer(0, app, false, healthy::get, MetricsEndpoint.open(new SimpleMeterRegistry(), () -> ""));
        server.start();
        try {
            var response = HttpClient.newHttpClient()
                    .send(
                            HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/slack/events"))
                                    .POST(HttpRequest.BodyPublishers.ofString("payload={}"))
                                    .build(),
                            HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).isIn(404, 405);
            assertThat(get(server.port(), "/healthz").statusCode()).isEqualTo(200);
        } finally {
            server.close();
        }
    }

    private static HttpResponse<String> get(int port, String path) throws Exception {
        return HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
    }
}
