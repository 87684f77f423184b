package dev.followthrough.platform.slack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.slack.api.Slack;
import com.slack.api.SlackConfig;
import com.slack.api.methods.SlackApiException;
import com.slack.api.methods.request.chat.ChatPostMessageRequest;
import com.slack.api.methods.request.chat.ChatUpdateRequest;
import com.slack.api.util.http.listener.HttpResponseListener;
import dev.followthrough.support.SlackStandIn;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The outbox's calls made with one shared JSON reader answer exactly as the Slack client's own
 * {@code chatPostMessage} and {@code chatUpdate} do: the same request on the wire, the same parsed
 * answer, the same exception for a status that is not 2xx, and every answer heard by the listeners.
 */
class MessageCallsTest {

    private static SlackStandIn standIn;
    private static final List<String> heard = new CopyOnWriteArrayList<>();
    private static Slack slack;

    @BeforeAll
    static void start() throws Exception {
        standIn = new SlackStandIn();
        var config = new SlackConfig();
        config.setMethodsEndpointUrlPrefix(standIn.apiUrl());
        config.setStatsEnabled(false);
        config.setFailOnUnknownProperties(false);
        var listeners = new ArrayList<>(config.getHttpClientResponseHandlers());
        listeners.add(new HttpResponseListener() {
            @Override
            public void accept(State state) {
                heard.add(state.getResponse().code() + " " + state.getParsedResponseBody());
            }
        });
        config.setHttpClientResponseHandlers(listeners);
        slack = Slack.getInstance(config);
    }

    @AfterAll
    static void stop() {
        standIn.close();
    }

    @BeforeEach
    void clean() {
        standIn.reset();
        heard.clear();
    }

    private static ChatPostMessageRequest post() {
        return ChatPostMessageRequest.builder()
                .channel("D123")
                .text("Due in an hour: send the revised proposal & \"terms\" <ok>")
                .blocksAsString("[{\"type\":\"section\",\"text\":{\"type\":\"mrkdwn\",\"text\":\"hi\"}}]")
                .threadTs("1700000000.000100")
                .build();
    }

    @Test
    void aPostGoesOutAsTheSlackClientSendsItAndIsReadTheSame() throws Exception {
        var calls = new MessageCalls(slack);

        var ours = calls.post("xoxb-one", post());
        var theirs = slack.methods("xoxb-one").chatPostMessage(post());

        var sent = standIn.calls("chat.postMessage");
        assertThat(sent).hasSize(2);
        assertThat(sent.get(0).form()).isEqualTo(sent.get(1).form());
        assertThat(sent.get(0).authorization()).isEqualTo("Bearer xoxb-one");
        assertThat(sent.get(0).form().get("text"))
                .isEqualTo("Due in an hour: send the revised proposal & \"terms\" <ok>");
        assertThat(ours.isOk()).isTrue();
        assertThat(ours.getChannel()).isEqualTo(theirs.getChannel()).isEqualTo("D123");
        assertThat(ours.getTs()).isNotBlank();
        assertThat(ours.getHttpResponseHeaders()).containsKey("content-type");
        assertThat(heard).hasSize(2).allMatch(answer -> answer.startsWith("200 {\"ok\":true"));
    }

    @Test
    void anUpdateGoesOutAsTheSlackClientSendsIt() throws Exception {
        var update = ChatUpdateRequest.builder()
                .channel("C200")
                .ts("1700000000.000200")
                .text("Kept")
                .build();

        var ours = new MessageCalls(slack).update("xoxb-one", update);
        slack.methods("xoxb-one").chatUpdate(update);

        var sent = standIn.calls("chat.update");
        assertThat(sent).hasSize(2);
        assertThat(sent.get(0).form()).isEqualTo(sent.get(1).form());
        assertThat(ours.isOk()).isTrue();
    }

    @Test
    void anErrorSlackAnswersIsReadAsTheSlackClientReadsIt() throws Exception {
        standIn.fail("chat.postMessage", "channel_not_found");

        var ours = new MessageCalls(slack).post("xoxb-one", post());
        var theirs = slack.methods("xoxb-one").chatPostMessage(post());

        assertThat(ours.isOk()).isFalse();
        assertThat(ours.getError()).isEqualTo(theirs.getError()).isEqualTo("channel_not_found");
        assertThat(heard).hasSize(2).allMatch(answer -> answer.contains("channel_not_found"));
    }

    @Test
    void aRateLimitThrowsWithItsRetryAfterAndIsHeard() {
        standIn.script("chat.postMessage", SlackStandIn.Response.rateLimited(7));

        assertThatThrownBy(() -> new MessageCalls(slack).post("xoxb-one", post()))
                .isInstanceOfSatisfying(SlackApiException.class, refused -> {
                    assertThat(refused.getResponse().code()).isEqualTo(429);
                    assertThat(refused.getResponse().header("Retry-After")).isEqualTo("7");
                });
        assertThat(heard).containsExactly("429 {\"ok\":false,\"error\":\"ratelimited\"}");
    }

    @Test
    void aServerErrorThrowsAsTheSlackClientDoes() {
        standIn.script("chat.postMessage", SlackStandIn.Response.status(503));

        assertThatThrownBy(() -> new MessageCalls(slack).post("xoxb-one", post()))
                .isInstanceOfSatisfying(
                        SlackApiException.class,
                        refused -> assertThat(refused.getResponse().code()).isEqualTo(503));
    }
}
