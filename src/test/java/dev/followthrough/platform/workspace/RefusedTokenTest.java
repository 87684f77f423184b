package dev.followthrough.platform.workspace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.followthrough.support.SlackStandIn;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A token Slack refuses when the dispatcher (or anything else) uses it marks its workspace
 * TOKEN_REFUSED and cancels its waiting messages: they are not retried forever. A new token makes
 * it active again.
 */
@Timeout(120)
class RefusedTokenTest {

    @Test
    void aRefusedTokenMarksTheWorkspaceAndCancelsItsWaitingMessagesUntilANewTokenIsAccepted() {
        try (var world = new WorkspaceWorld("refused_token", 30)) {
            world.waiting("T0001", "later:T0001", world.clock.instant().plus(Duration.ofHours(1)));
            // Slack refuses the next post with the token as revoked.
            world.slack.script("chat.postMessage", SlackStandIn.Response.error("token_revoked"));
            world.waiting("T0001", "now:T0001", world.clock.instant());

            await().atMost(Duration.ofSeconds(15)).until(() -> "TOKEN_REFUSED".equals(world.standing("T0001")));
            await().atMost(Duration.ofSeconds(15)).until(() -> "CANCELLED".equals(world.status("later:T0001")));
            // The refused one is recorded FAILED, or CANCELLED with the rest when the mark lands before
            // its outcome is recorded (outcomes are recorded in batches): never sent, never retried.
            await().atMost(Duration.ofSeconds(15))
                    .until(() -> java.util.Set.of("FAILED", "CANCELLED").contains(world.status("now:T0001")));

            // Past the cancelled message's time: it is not tried, the refused one not retried.
            world.clock.advance(Duration.ofHours(3));
            world.awaitDispatched("TOTHER");
            assertThat(world.status("later:T0001")).isEqualTo("CANCELLED");
            assertThat(world.slack.calls("chat.postMessage")).hasSize(2);

            world.restart("xoxb-new-token");
            await().atMost(Duration.ofSeconds(15)).until(() -> "ACTIVE".equals(world.standing("T0001")));
            world.awaitDispatched("T0001");
        }
    }

    @Test
    void aTokenRefusedToAnyOtherCallerMarksTheWorkspaceToo() {
        try (var world = new WorkspaceWorld("refused_token_elsewhere", 30)) {
            world.slack.fail("views.publish", "account_inactive");
            var event = new com.google.gson.JsonObject();
            event.addProperty("type", "app_home_opened");
            event.addProperty("user", "U100");
            event.addProperty("channel", "D0001");
            event.addProperty("tab", "home");
            event.addProperty("event_ts", "1700000000.000100");
            world.waiting("TELSE", "later:TELSE", world.clock.instant().plus(Duration.ofHours(1)));

            world.deliver(world.from("TELSE").eventCallback(event));

            await().atMost(Duration.ofSeconds(15)).until(() -> "TOKEN_REFUSED".equals(world.standing("TELSE")));
            await().atMost(Duration.ofSeconds(15)).until(() -> "CANCELLED".equals(world.status("later:TELSE")));
        }
    }
}
