package dev.followthrough.platform.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import com.slack.api.bolt.request.RequestHeaders;
import com.slack.api.bolt.request.builtin.OAuthCallbackRequest;
import com.slack.api.bolt.request.builtin.OAuthStartRequest;
import com.slack.api.bolt.response.Response;
import com.slack.api.bolt.service.OAuthStateService;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

class PostgresOAuthStatesTest {

    private static final InstallationsWorld world = new InstallationsWorld("oauth_states_store");

    private final PostgresOAuthStates states = new PostgresOAuthStates(world.jdbi, world.clock);

    @BeforeEach
    void emptyTables() {
        world.reset();
    }

    @AfterAll
    static void close() {
        world.close();
    }

    @Test
    void aStateIssuedToABrowserCompletesOneInstallOnly() throws Exception {
        String state = issue(states);

        assertThat(states.isValid(redirect(state, state))).isTrue();
        assertThat(states.isValid(redirect(state, state))).isFalse();
        assertThat(rows()).isZero();
    }

    @Test
    void issuingSetsTheStateInTheBrowsersCookieAndTheTable() throws Exception {
        var response = new Response();
        String state = states.issueNewState(new OAuthStartRequest("", new RequestHeaders(Map.of())), response);

        assertThat(response.getHeaders().get("Set-Cookie"))
                .singleElement()
                .asString()
                .startsWith("slack-app-oauth-state=" + state + ";")
                .contains("HttpOnly")
                .contains("Max-Age=600");
        assertThat(states.isAvailableInDatabase(state)).isTrue();
        assertThat(states.isAvailableInDatabase("another")).isFalse();
    }

    @Test
    void aStateIsRefusedWithoutTheBrowsersCookieOrWithAnotherOne() throws Exception {
        String state = issue(states);
        String otherState = issue(states);

        assertThat(states.isValid(redirect(state, null))).isFalse();
        assertThat(states.isValid(redirect(state, otherState))).isFalse();
        assertThat(states.isValid(redirect(null, state))).isFalse();
        assertThat(states.isValid(redirect("", ""))).isFalse();
        // A refused redirect consumed nothing: the real one still works.
        assertThat(states.isValid(redirect(state, state))).isTrue();
    }

    @Test
    void aStateNeverIssuedIsRefused() {
        assertThat(states.isValid(redirect("made-up", "made-up"))).isFalse();
    }

    @Test
    void aStateExpiresAfterTenMinutes() throws Exception {
        String lateState = issue(states);
        String justInTimeState = issue(states);

        world.clock.advance(Duration.ofMinutes(10).minusSeconds(1));
        assertThat(states.isValid(redirect(justInTimeState, justInTimeState))).isTrue();
        world.clock.advance(Duration.ofSeconds(1));
        assertThat(states.isAvailableInDatabase(lateState)).isFalse();
        assertThat(states.isValid(redirect(lateState, lateState))).isFalse();
    }

    @Test
    void expiredStatesAreClearedWhenNewOnesAreIssued() throws Exception {
        issue(states);
        issue(states);
        world.clock.advance(Duration.ofMinutes(11));

        issue(states);

        assertThat(rows()).isEqualTo(1);
    }

    @Test
    void consumingAfterTheCheckIsHarmless() throws Exception {
        String state = issue(states);
        var redirect = redirect(state, state);
        assertThat(states.isValid(redirect)).isTrue();

        var response = new Response();
        states.consume(redirect, response);

        assertThat(response.getHeaders().get("Set-Cookie"))
                .singleElement()
                .asString()
                .contains("=deleted");
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void ofTwoInstancesRedeemingOneStateAtOnceOnlyOneWins() throws Exception {
        try (var otherInstance = world.anotherInstance()) {
            var first = states;
            var second = new PostgresOAuthStates(otherInstance.jdbi(), world.clock);
            ExecutorService racers = Executors.newFixedThreadPool(4);
            try {
                for (int round = 0; round < 50; round++) {
                    String state = issue(first);
                    var start = new CyclicBarrier(4);
                    List<Future<Boolean>> answers = new ArrayList<>();
                    for (var instance : List.of(first, second, first, second)) {
                        answers.add(racers.submit(() -> {
                            start.await();
                            return instance.isValid(redirect(state, state));
                        }));
                    }
                    int wins = 0;
                    for (var answer : answers) {
                        wins += answer.get() ? 1 : 0;
                    }
                    assertThat(wins).as("round %d", round).isEqualTo(1);
                }
            } finally {
                racers.shutdownNow();
            }
        }
    }

    private static String issue(OAuthStateService service) throws Exception {
        return service.issueNewState(new OAuthStartRequest("", new RequestHeaders(Map.of())), new Response());
    }

    /** The redirect back from Slack: the state in its query, the browser's cookie in its headers. */
    private static OAuthCallbackRequest redirect(String queryState, String cookieState) {
        Map<String, List<String>> query = queryState == null ? Map.of() : Map.of("state", List.of(queryState));
        Map<String, List<String>> headers = cookieState == null
                ? Map.of()
                : Map.of("Cookie", List.of("other=1; slack-app-oauth-state=" + cookieState));
        return new OAuthCallbackRequest(query, "", null, new RequestHeaders(headers));
    }

    private static long rows() {
        return world.jdbi.withHandle(handle -> handle.createQuery("SELECT count(*) FROM oauth_states")
                .mapTo(Long.class)
                .one());
    }
}
