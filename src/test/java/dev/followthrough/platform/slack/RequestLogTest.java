package dev.followthrough.platform.slack;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import dev.followthrough.platform.logging.LogContext;
import dev.followthrough.support.CapturedLogs;
import dev.followthrough.support.RunningFollowthrough;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Every Slack request handled leaves one INFO line an operator can read, and nothing private. */
class RequestLogTest {

    private final RunningFollowthrough followthrough = RunningFollowthrough.shared();

    @BeforeEach
    void startClean() {
        followthrough.reset();
    }

    @Test
    void aCommandLeavesExactlyOneLineWithItsKindTeamUserCommandStatusAndTime() {
        try (var logs = CapturedLogs.of(RequestLog.class)) {
            followthrough.requests.slashCommand("U4711", "C200", "send the secret merger memo by Fri 2pm");

            var lines = logs.events().stream()
                    .filter(event -> event.getFormattedMessage().contains("U4711"))
                    .toList();
            var recorded = followthrough.number("SELECT max(id) FROM commitments");
            assertThat(lines).singleElement().satisfies(event -> {
                assertThat(event.getLevel()).isEqualTo(Level.INFO);
                assertThat(event.getMDCPropertyMap())
                        .containsEntry(LogContext.TEAM, "T0001")
                        .containsEntry(LogContext.USER, "U4711")
                        .containsEntry(LogContext.COMMITMENT, Long.toString(recorded));
                assertThat(event.getFormattedMessage())
                        .contains("kind=command")
                        .contains("user=U4711")
                        .contains("id=/promise")
                        .contains("status=200")
                        .containsPattern("ms=\\d+")
                        .doesNotContain("merger")
                        .doesNotContain(RunningFollowthrough.SIGNING_SECRET)
                        .doesNotContain("xoxb");
            });
        }
    }

    @Test
    void aButtonNamesItsActionAndAFormItsCallback() {
        try (var logs = CapturedLogs.of(RequestLog.class)) {
            followthrough.requests.interaction(
                    followthrough.requests.buttonPress("U4712", "C200", "some_unknown_action", "42"));
            followthrough.requests.interaction(
                    followthrough.requests.viewSubmission("U4712", "some_unknown_form", "", Map.of()));

            assertThat(logs.lines())
                    .filteredOn(line -> line.contains("U4712"))
                    .satisfiesExactly(
                            button -> assertThat(button)
                                    .contains("kind=block_actions")
                                    .contains("id=some_unknown_action"),
                            form -> assertThat(form)
                                    .contains("kind=view_submission")
                                    .contains("id=some_unknown_form"));
        }
    }

    @Test
    void aRetryIsMarkedAsOne() {
        try (var logs = CapturedLogs.of(RequestLog.class)) {
            var body = dev.followthrough.support.SlackRequests.form(
                    followthrough.requests.command("U4713", "C200", "call Acme back by Fri"));
            followthrough.requests.send(
                    body,
                    "application/x-www-form-urlencoded",
                    Map.of("X-Slack-Retry-Num", "1", "X-Slack-Retry-Reason", "http_timeout"));

            assertThat(logs.lines())
                    .filteredOn(line -> line.contains("U4713"))
                    .singleElement()
                    .satisfies(line -> assertThat(line).contains("retry=1"));
        }
    }

    @Test
    void aRequestAboutNoCommitmentCarriesNoneOfTheRequestBefore() {
        try (var logs = CapturedLogs.of(RequestLog.class)) {
            followthrough.requests.slashCommand("U4714", "C200", "call Acme back by Fri");
            followthrough.requests.slashCommand("U4714", "D300", "list");

            assertThat(logs.events())
                    .filteredOn(event -> event.getFormattedMessage().contains("U4714"))
                    .satisfiesExactly(
                            promise -> assertThat(promise.getMDCPropertyMap()).containsKey(LogContext.COMMITMENT),
                            list -> assertThat(list.getMDCPropertyMap())
                                    .containsEntry(LogContext.TEAM, "T0001")
                                    .doesNotContainKey(LogContext.COMMITMENT));
        }
    }
}
