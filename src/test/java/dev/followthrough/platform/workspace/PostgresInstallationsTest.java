package dev.followthrough.platform.workspace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.slack.api.bolt.model.Bot;
import com.slack.api.bolt.model.builtin.DefaultInstaller;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class PostgresInstallationsTest {

    private static final InstallationsWorld world = new InstallationsWorld("installations_store");

    private final TokenEncryptionKey key = TokenCipherTest.randomKey(TokenEncryptionKey.FIRST_KEY_ID);
    private final PostgresInstallations installations =
            new PostgresInstallations(world.jdbi, new TokenCipher(key), world.clock);

    @BeforeEach
    void emptyTables() {
        world.reset();
    }

    @AfterAll
    static void close() {
        world.close();
    }

    @Test
    void anInstallIsFoundWithItsTokensScopesAndBotUser() {
        installations.saveInstallerAndBot(workspaceInstall("T1", "xoxb-t1-first")
                .botRefreshToken("xoxe-1-t1-refresh")
                .botTokenExpiresAt(world.clock.millis() + 43_200_000L)
                .installerUserId("U1")
                .installerUserAccessToken("xoxp-u1")
                .installerUserScope("search:read")
                .build());

        Bot bot = installations.findBot(null, "T1");

        assertThat(bot.getBotAccessToken()).isEqualTo("xoxb-t1-first");
        assertThat(bot.getBotRefreshToken()).isEqualTo("xoxe-1-t1-refresh");
        assertThat(bot.getBotTokenExpiresAt()).isEqualTo(world.clock.millis() + 43_200_000L);
        assertThat(bot.getBotUserId()).isEqualTo("UBOT-T1");
        assertThat(bot.getBotId()).isEqualTo("B-T1");
        assertThat(bot.getBotScope()).isEqualTo("commands,chat:write");
        assertThat(bot.getTeamId()).isEqualTo("T1");
        var installer = installations.findInstaller(null, "T1", "U1");
        assertThat(installer.getInstallerUserAccessToken()).isEqualTo("xoxp-u1");
        assertThat(installer.getInstallerUserScope()).isEqualTo("search:read");
        assertThat(installer.getBotAccessToken()).isEqualTo("xoxb-t1-first");
        assertThat(installations.findInstaller(null, "T1", "U2")).isNull();
        assertThat(installations.findBot(null, "T2")).isNull();
    }

    @Test
    void aReinstallReplacesTheTokensInTheSameRow() {
        installations.saveInstallerAndBot(workspaceInstall("T1", "xoxb-t1-first")
                .installerUserId("U1")
                .installerUserAccessToken("xoxp-u1")
                .build());
        world.clock.advance(Duration.ofDays(3));

        installations.saveInstallerAndBot(workspaceInstall("T1", "xoxb-t1-second")
                .installerUserId("U2")
                .installedAt(world.clock.millis())
                .build());

        assertThat(installations.findBot(null, "T1").getBotAccessToken()).isEqualTo("xoxb-t1-second");
        assertThat(installations.findBot(null, "T1").getInstalledAt()).isEqualTo(world.clock.millis());
        assertThat(installations.findInstaller(null, "T1", "U1")).isNull();
        assertThat(installations.findInstaller(null, "T1", "U2").getInstallerUserAccessToken())
                .isNull();
        assertThat(count("SELECT count(*) FROM installations")).isEqualTo(1);
    }

    @Test
    void noTokenIsStoredInPlaintextInAnyColumn() {
        installations.saveInstallerAndBot(workspaceInstall("T1", "xoxb-secret-bot")
                .botRefreshToken("xoxe-secret-refresh")
                .installerUserId("U1")
                .installerUserAccessToken("xoxp-secret-user")
                .installerUserRefreshToken("xoxe-secret-user-refresh")
                .build());

        String table = world.jdbi.withHandle(
                handle -> handle.createQuery("SELECT string_agg(i::text, ' ') FROM installations i")
                        .mapTo(String.class)
                        .one());
        String asBytesEscaped = world.jdbi.withHandle(
                handle -> handle.createQuery("""
                        SELECT encode(bot_token, 'escape') || encode(bot_refresh_token, 'escape')
                               || encode(user_token, 'escape') || encode(user_refresh_token, 'escape')
                          FROM installations""").mapTo(String.class).one());

        for (String token :
                List.of("xoxb-secret-bot", "xoxe-secret-refresh", "xoxp-secret-user", "xoxe-secret-user-refresh")) {
            String hex = HexFormat.of().formatHex(token.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            assertThat(table).doesNotContain(token).doesNotContain(hex).doesNotContain("secret");
            assertThat(asBytesEscaped).doesNotContain(token).doesNotContain("secret");
        }
        assertThat(table).contains("UBOT-T1");
    }

    @Test
    void anOrgWideInstallServesEveryTeamOfItsOrganisationAndNoOther() {
        installations.saveInstallerAndBot(orgWideInstall("E1", "xoxb-e1").build());

        assertThat(installations.findBot("E1", "T1").getBotAccessToken()).isEqualTo("xoxb-e1");
        assertThat(installations.findBot("E1", "T2").getBotAccessToken()).isEqualTo("xoxb-e1");
        assertThat(installations.findBot("E1", null).getBotAccessToken()).isEqualTo("xoxb-e1");
        assertThat(installations.findBot("E1", "T2").getIsEnterpriseInstall()).isTrue();
        assertThat(installations.findBot("E2", "T1")).isNull();
        assertThat(installations.findBot(null, "T1")).isNull();
        assertThat(count("SELECT count(*) FROM workspaces")).isZero();
    }

    @Test
    void anOrgWideInstallAndAWorkspaceInstallOfTheSameOrganisationAreTwoRows() {
        installations.saveInstallerAndBot(
                workspaceInstall("T9", "xoxb-t9").enterpriseId("E1").build());
        installations.saveInstallerAndBot(orgWideInstall("E1", "xoxb-e1").build());
        installations.saveInstallerAndBot(orgWideInstall("E1", "xoxb-e1-again").build());

        assertThat(count("SELECT count(*) FROM installations")).isEqualTo(2);
        // Bolt's order: the organisation's install first.
        assertThat(installations.findBot("E1", "T9").getBotAccessToken()).isEqualTo("xoxb-e1-again");
        assertThat(installations.findBot(null, "T9").getBotAccessToken()).isEqualTo("xoxb-t9");
    }

    @Test
    void aWorkspaceInstallIsFoundWhetherOrNotARequestNamesItsOrganisation() {
        installations.saveInstallerAndBot(workspaceInstall("T1", "xoxb-t1").build());
        installations.saveInstallerAndBot(
                workspaceInstall("T2", "xoxb-t2").enterpriseId("E1").build());

        assertThat(installations.findBot("E5", "T1").getBotAccessToken()).isEqualTo("xoxb-t1");
        assertThat(installations.findBot(null, "T2").getBotAccessToken()).isEqualTo("xoxb-t2");
        assertThat(installations.findBot("E1", "T2").getBotAccessToken()).isEqualTo("xoxb-t2");
    }

    @Test
    void aCiphertextCopiedIntoAnotherRowDoesNotDecrypt() {
        installations.saveInstallerAndBot(workspaceInstall("T1", "xoxb-t1").build());
        installations.saveInstallerAndBot(workspaceInstall("T2", "xoxb-t2").build());
        world.jdbi.useHandle(handle -> handle.execute(
                "UPDATE installations SET bot_token = (SELECT bot_token FROM installations WHERE team_id = 'T1')"
                        + " WHERE team_id = 'T2'"));

        assertThat(installations.findBot(null, "T1").getBotAccessToken()).isEqualTo("xoxb-t1");
        assertThatThrownBy(() -> installations.findBot(null, "T2"))
                .isInstanceOf(TokenCipher.Undecryptable.class)
                .message()
                .doesNotContain("xoxb");
    }

    @Test
    void anotherKeyCannotReadTheStoredTokens() {
        installations.saveInstallerAndBot(workspaceInstall("T1", "xoxb-t1").build());
        var withAnotherKey = new PostgresInstallations(
                world.jdbi, new TokenCipher(TokenCipherTest.randomKey(TokenEncryptionKey.FIRST_KEY_ID)), world.clock);

        assertThatThrownBy(() -> withAnotherKey.findBot(null, "T1")).isInstanceOf(TokenCipher.Undecryptable.class);
    }

    @Test
    void anInstallMakesItsWorkspaceActiveAndRecordsItsOrganisation() {
        world.jdbi.useHandle(handle -> handle.execute("""
                INSERT INTO workspaces (team_id, status, status_reason, changed_at)
                VALUES ('T2', 'TOKEN_REFUSED', 'invalid_auth', now())"""));

        installations.saveInstallerAndBot(
                workspaceInstall("T2", "xoxb-t2").enterpriseId("E1").build());

        var workspace = world.jdbi.withHandle(handle -> handle.createQuery(
                        "SELECT enterprise_id || ' ' || status || ' ' || coalesce(status_reason, '-') FROM workspaces")
                .mapTo(String.class)
                .list());
        assertThat(workspace).containsExactly("E1 ACTIVE -");
        Optional<WorkspaceStatus> status = world.jdbi.withExtension(WorkspaceStore.class, store -> store.status("T2"));
        assertThat(status).contains(WorkspaceStatus.ACTIVE);
    }

    @Test
    void savingTheBotAloneKeepsTheInstallersUserToken() {
        installations.saveInstallerAndBot(workspaceInstall("T1", "xoxb-t1")
                .installerUserId("U1")
                .installerUserAccessToken("xoxp-u1")
                .build());
        Bot refreshed = installations.findBot(null, "T1");
        refreshed.setBotAccessToken("xoxb-t1-refreshed");

        installations.saveBot(refreshed);

        assertThat(installations.findBot(null, "T1").getBotAccessToken()).isEqualTo("xoxb-t1-refreshed");
        assertThat(installations.findInstaller(null, "T1", "U1").getInstallerUserAccessToken())
                .isEqualTo("xoxp-u1");
    }

    @Test
    void deletingTheInstallerKeepsTheBotAndDeletingTheBotOrAllRemovesTheRow() {
        installations.saveInstallerAndBot(workspaceInstall("T1", "xoxb-t1")
                .installerUserId("U1")
                .installerUserAccessToken("xoxp-u1")
                .build());
        installations.saveInstallerAndBot(orgWideInstall("E1", "xoxb-e1").build());

        installations.deleteInstaller(installations.findInstaller(null, "T1", "U1"));
        assertThat(installations.findInstaller(null, "T1", "U1")).isNull();
        assertThat(installations.findBot(null, "T1").getBotAccessToken()).isEqualTo("xoxb-t1");

        installations.deleteBot(installations.findBot(null, "T1"));
        assertThat(installations.findBot(null, "T1")).isNull();

        installations.deleteAll("E1", null);
        assertThat(installations.findBot("E1", "T5")).isNull();
        assertThat(count("SELECT count(*) FROM installations")).isZero();
    }

    @Test
    void historyIsNotKept() {
        assertThat(installations.isHistoricalDataEnabled()).isFalse();
        assertThatThrownBy(() -> installations.setHistoricalDataEnabled(true))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    private static DefaultInstaller.DefaultInstallerBuilder workspaceInstall(String teamId, String botToken) {
        return DefaultInstaller.builder()
                .appId("A1")
                .teamId(teamId)
                .isEnterpriseInstall(false)
                .botId("B-" + teamId)
                .botUserId("UBOT-" + teamId)
                .botScope("commands,chat:write")
                .botAccessToken(botToken)
                .installedAt(world.clock.millis());
    }

    private static DefaultInstaller.DefaultInstallerBuilder orgWideInstall(String enterpriseId, String botToken) {
        return DefaultInstaller.builder()
                .appId("A1")
                .enterpriseId(enterpriseId)
                .isEnterpriseInstall(true)
                .botId("B-" + enterpriseId)
                .botUserId("UBOT-" + enterpriseId)
                .botScope("commands,chat:write")
                .botAccessToken(botToken)
                .installerUserId("U-admin")
                .installedAt(world.clock.millis());
    }

    private static long count(String sql) {
        return world.jdbi.withHandle(
                handle -> handle.createQuery(sql).mapTo(Long.class).one());
    }
}
