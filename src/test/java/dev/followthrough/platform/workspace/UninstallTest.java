package dev.followthrough.platform.workspace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * app_uninstalled and tokens_revoked through the signed endpoint: sending to the workspace stops at
 * once and for good, Slack's redeliveries change nothing, and other workspaces are untouched.
 */
@Timeout(120)
class UninstallTest {

    private static WorkspaceWorld world;

    @BeforeAll
    static void start() {
        world = new WorkspaceWorld("workspace_uninstall", 30);
    }

    @AfterAll
    static void stop() {
        world.close();
    }

    @Test
    void anUninstallCancelsEveryWaitingMessageAndNothingMoreIsSentEvenAfterARestart() {
        world.inUse("TGONE");
        world.waiting("TGONE", "due-tomorrow:TGONE", world.clock.instant().plus(Duration.ofDays(1)));
        world.inUse("TSTAYS");

        var answer = world.deliver(world.uninstalled("TGONE"));
        var sentBefore = world.messages("TGONE").getOrDefault("SENT", 0L);

        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(world.standing("TGONE")).isEqualTo("UNINSTALLED");
        assertThat(world.messages("TGONE")).doesNotContainKey("PENDING");
        assertThat(world.status("due-tomorrow:TGONE")).isEqualTo("CANCELLED");
        assertThat(world.status("waiting:TSTAYS")).isEqualTo("PENDING");

        // Past the promise's deadline: the sweep comes upon its nudge and its missed check.
        world.clock.advance(Duration.ofDays(5));
        world.awaitSwept("TGONE");
        world.awaitDispatched("TSTAYS");
        world.restart("xoxb-first-install");
        world.clock.advance(Duration.ofDays(1));
        world.awaitDispatched("TSTAYS");

        assertThat(world.messages("TGONE").getOrDefault("SENT", 0L))
                .as("messages sent to the uninstalled workspace")
                .isEqualTo(sentBefore);
        assertThat(world.messages("TGONE")).doesNotContainKey("PENDING");
        assertThat(world.slack.calls("chat.postMessage")).noneMatch(call -> "DTGONE".equals(call.param("channel")));
        assertThat(world.status("waiting:TSTAYS")).isEqualTo("SENT");
        assertThat(world.rows("TGONE").get("commitments"))
                .as("the data stays for the retention period")
                .isEqualTo(1);
    }

    @Test
    void aRedeliveredUninstallChangesNothing() {
        world.inUse("TAGAIN");
        var envelope = world.uninstalled("TAGAIN");
        world.deliver(envelope);
        var since = world.standingSince("TAGAIN");
        var before = world.messages("TAGAIN");

        world.clock.advance(Duration.ofMinutes(3));
        var answers = List.of(world.redeliver(envelope, 1), world.redeliver(envelope, 2), world.redeliver(envelope, 3));

        assertThat(answers).allSatisfy(answer -> assertThat(answer.statusCode()).isEqualTo(200));
        assertThat(world.standing("TAGAIN")).isEqualTo("UNINSTALLED");
        assertThat(world.standingSince("TAGAIN"))
                .as("a retry does not put off the day the data goes")
                .isEqualTo(since);
        assertThat(world.messages("TAGAIN")).isEqualTo(before);
        assertThat(world.rows("TAGAIN").get("commitments")).isEqualTo(1);
    }

    @Test
    void aSecondUninstallEventKeepsTheFirstOnesTime() {
        world.inUse("TTWICE");
        world.deliver(world.uninstalled("TTWICE"));
        var since = world.standingSince("TTWICE");

        world.clock.advance(Duration.ofDays(3));
        world.deliver(world.uninstalled("TTWICE"));

        assertThat(world.standingSince("TTWICE")).isEqualTo(since);
    }

    @Test
    void anUninstallFromBeforeTheLastInstallIsSlackDeliveringLateAndChangesNothing() {
        world.jdbi.useHandle(handle -> handle.createUpdate("""
                        INSERT INTO workspaces (team_id, status, changed_at) VALUES ('TBACK', 'ACTIVE', :installed)""")
                .bind("installed", world.clock.instant())
                .execute());
        world.waiting("TBACK", "waiting:TBACK", world.clock.instant().plus(Duration.ofHours(1)));
        var envelope = world.uninstalled("TBACK");
        envelope.addProperty(
                "event_time", world.clock.instant().minus(Duration.ofMinutes(4)).getEpochSecond());

        world.deliver(envelope);

        assertThat(world.standing("TBACK")).isEqualTo("ACTIVE");
        assertThat(world.status("waiting:TBACK")).isEqualTo("PENDING");
    }

    @Test
    void revokingOnlyAUsersTokenKeepsSendingToTheWorkspace() {
        world.inUse("TUSER");

        var answer = world.deliver(world.tokensRevoked("TUSER", List.of("U1TUSER"), false));

        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(world.standing("TUSER")).isNotIn("UNINSTALLED", "TOKEN_REFUSED");
        assertThat(world.messages("TUSER")).containsEntry("PENDING", 1L);
        world.clock.advance(Duration.ofHours(2));
        await().atMost(Duration.ofSeconds(15)).until(() -> "SENT".equals(world.status("waiting:TUSER")));
    }

    @Test
    void revokingTheBotsTokenStopsSendingButKeepsTheData() {
        world.inUse("TBOT");

        world.deliver(world.tokensRevoked("TBOT", List.of(), true));

        assertThat(world.standing("TBOT")).isEqualTo("TOKEN_REFUSED");
        assertThat(world.messages("TBOT")).isEqualTo(Map.of("CANCELLED", 1L));
        world.clock.advance(Duration.ofDays(40));
        world.runRetentionJob(30);
        assertThat(world.rows("TBOT").get("commitments"))
                .as("a revoked token is not an uninstall: nothing is deleted")
                .isEqualTo(1);
    }

    @Test
    void anOrgWideUninstallCoversEveryWorkspaceOfTheOrganisation() {
        // Installed a day before, as the org-wide install recorded each workspace it was seen in.
        world.jdbi.useHandle(handle -> handle.createUpdate("""
                        INSERT INTO workspaces (team_id, enterprise_id, status, changed_at) VALUES
                            ('TORG1', 'EORG', 'ACTIVE', :installed), ('TORG2', 'EORG', 'ACTIVE', :installed),
                            ('TOTHERORG', 'EOTHER', 'ACTIVE', :installed)""")
                .bind("installed", world.clock.instant().minus(Duration.ofDays(1)))
                .execute());
        world.waiting("TORG1", "waiting:TORG1", world.clock.instant().plus(Duration.ofHours(1)));
        world.waiting("TORG2", "waiting:TORG2", world.clock.instant().plus(Duration.ofHours(1)));
        world.waiting("TOTHERORG", "waiting:TOTHERORG", world.clock.instant().plus(Duration.ofHours(1)));
        var envelope = world.uninstalled("TORG1");
        // An org-wide install's events name the organisation, not one of its workspaces.
        envelope.addProperty("enterprise_id", "EORG");
        envelope.addProperty("team_id", "EORG");

        world.deliver(envelope);

        assertThat(world.standing("TORG1")).isEqualTo("UNINSTALLED");
        assertThat(world.standing("TORG2")).isEqualTo("UNINSTALLED");
        assertThat(world.standing("TOTHERORG")).isEqualTo("ACTIVE");
        assertThat(world.status("waiting:TORG2")).isEqualTo("CANCELLED");
        assertThat(world.status("waiting:TOTHERORG")).isEqualTo("PENDING");
    }
}
