package dev.followthrough;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.followthrough.support.MutableClock;
import dev.followthrough.support.RunningFollowthrough;
import dev.followthrough.support.SlackStandIn;
import dev.followthrough.support.TestDatabase;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.java_websocket.WebSocket;
import org.java_websocket.handshake.ClientHandshake;
import org.java_websocket.server.WebSocketServer;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;

/** Socket Mode against a local stand-in of Slack's socket: the same /promise, no public URL. */
class SocketModeTest {

    @Test
    void aSlashCommandOverTheSocketIsRecordedAndAnsweredInItsEnvelope() throws Exception {
        try (var slack = new SlackStandIn()) {
            var socket = new SlackSocket();
            socket.start();
            try {
                slack.socketModeUrl("ws://127.0.0.1:" + socket.awaitPort() + "/link");
                var jdbcUrl = TestDatabase.newDatabase("socket_mode");
                var config = RunningFollowthrough.config(Map.of(
                        "SLACK_BOT_TOKEN",
                        "xoxb-socket",
                        "SLACK_APP_TOKEN",
                        "xapp-socket",
                        "DATABASE_URL",
                        jdbcUrl,
                        "DATA_DIR",
                        Files.createTempDirectory("socket").toString(),
                        "PORT",
                        "0",
                        "SLACK_API_URL",
                        slack.apiUrl()));
                try (var application =
                        Application.start(config, new MutableClock(Instant.parse("2026-11-23T15:00:00Z")))) {
                    await().atMost(Duration.ofSeconds(20)).until(() -> socket.client != null);
                    assertThat(slack.calls("apps.connections.open").get(0).authorization())
                            .isEqualTo("Bearer xapp-socket");

                    socket.client.send(slashCommandEnvelope("env-1", "send Acme the deck by Fri 2pm"));

                    await().atMost(Duration.ofSeconds(20)).until(() -> !socket.received.isEmpty());
                    var answer = JsonParser.parseString(socket.received.get(0)).getAsJsonObject();
                    assertThat(answer.get("envelope_id").getAsString()).isEqualTo("env-1");
                    var payload = answer.getAsJsonObject("payload");
                    assertThat(payload.get("response_type").getAsString()).isEqualTo("in_channel");
                    assertThat(payload.get("text").getAsString()).contains("send Acme the deck");
                    var rows = Jdbi.create(jdbcUrl)
                            .withHandle(handle -> handle.createQuery("SELECT what FROM commitments")
                                    .mapTo(String.class)
                                    .list());
                    assertThat(rows).containsExactly("send Acme the deck");
                }
            } finally {
                socket.stop(1000);
            }
        }
    }

    private static String slashCommandEnvelope(String envelopeId, String text) {
        var payload = new JsonObject();
        payload.addProperty("token", "legacy");
        payload.addProperty("team_id", "T0001");
        payload.addProperty("team_domain", "example");
        payload.addProperty("channel_id", "C200");
        payload.addProperty("channel_name", "sales");
        payload.addProperty("user_id", "U100");
        payload.addProperty("user_name", "user");
        payload.addProperty("command", "/promise");
        payload.addProperty("text", text);
        payload.addProperty("api_app_id", "A0001");
        payload.addProperty("is_enterprise_install", "false");
        payload.addProperty("response_url", "https://hooks.example.invalid/commands/1");
        payload.addProperty("trigger_id", "1.2.socket");
        var envelope = new JsonObject();
        envelope.addProperty("envelope_id", envelopeId);
        envelope.addProperty("type", "slash_commands");
        envelope.add("payload", payload);
        envelope.addProperty("accepts_response_payload", true);
        return envelope.toString();
    }

    /** Slack's side of a Socket Mode connection: says hello, then sends what the test gives it. */
    private static final class SlackSocket extends WebSocketServer {
        final List<String> received = new CopyOnWriteArrayList<>();
        volatile WebSocket client;
        private volatile boolean started;

        SlackSocket() {
            super(new InetSocketAddress("127.0.0.1", 0));
            setReuseAddr(true);
        }

        int awaitPort() {
            await().atMost(Duration.ofSeconds(10)).until(() -> started);
            return getPort();
        }

        @Override
        public void onOpen(WebSocket connection, ClientHandshake handshake) {
            connection.send("{\"type\":\"hello\",\"num_connections\":1,\"debug_info\":{\"host\":\"local\"},"
                    + "\"connection_info\":{\"app_id\":\"A0001\"}}");
            client = connection;
        }

        @Override
        public void onMessage(WebSocket connection, String message) {
            received.add(message);
        }

        @Override
        public void onClose(WebSocket connection, int code, String reason, boolean remote) {}

        @Override
        public void onError(WebSocket connection, Exception failure) {}

        @Override
        public void onStart() {
            started = true;
        }
    }
}
