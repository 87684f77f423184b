package dev.followthrough.promise;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonParser;
import dev.followthrough.support.RunningFollowthrough;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * More users never seen before than the database pool has connections, all typing /promise at
 * once while Slack is slow to describe them: nobody waits on Slack holding a connection, so each
 * gets their promise saved and shown in the ack, and nobody a database error.
 */
class FirstTimeUsersTogetherTest {

    /** Above the pool of ten: waiting inside the transaction would empty it. */
    private static final int USERS = 24;

    private final RunningFollowthrough followthrough = RunningFollowthrough.shared();

    @BeforeEach
    void startClean() {
        followthrough.reset();
    }

    @AfterEach
    void quickSlackAgain() {
        followthrough.slack.latency(Duration.ZERO);
    }

    @Test
    @Timeout(60)
    void manyUsersNeverSeenAtOnceEachGetTheirSavedPromiseInTheAck() throws Exception {
        // Slow, yet inside the wait for a first look-up (UserProfiles.FIRST_LOOKUP_WAIT).
        followthrough.slack.latency(Duration.ofMillis(500));
        var userIds = IntStream.range(0, USERS).mapToObj(n -> "UFIRST" + n).toList();

        var answers = sendTogether(userIds);

        for (var n = 0; n < USERS; n++) {
            var json = JsonParser.parseString(answers.get(n).body()).getAsJsonObject();
            assertThat(answers.get(n).statusCode()).isEqualTo(200);
            assertThat(json.get("response_type").getAsString()).isEqualTo("in_channel");
            assertThat(json.get("text").getAsString()).contains("send Acme deck " + n);
        }
        assertThat(followthrough.number("SELECT count(*) FROM commitments")).isEqualTo(USERS);
        assertThat(followthrough.number("SELECT count(DISTINCT owner_id) FROM commitments"))
                .isEqualTo(USERS);
        assertThat(followthrough.slack.calls("response_url")).isEmpty();
    }

    private List<HttpResponse<String>> sendTogether(List<String> userIds) throws Exception {
        var senders = Executors.newFixedThreadPool(userIds.size());
        try {
            var sends = new ArrayList<Callable<HttpResponse<String>>>();
            for (var n = 0; n < userIds.size(); n++) {
                var text = "send Acme deck " + n + " by Fri 2pm";
                var userId = userIds.get(n);
                sends.add(() -> followthrough.requests.slashCommand(userId, "C200", text));
            }
            var answers = new ArrayList<HttpResponse<String>>();
            for (Future<HttpResponse<String>> sent : senders.invokeAll(sends)) {
                answers.add(sent.get());
            }
            return answers;
        } finally {
            senders.shutdownNow();
        }
    }
}
