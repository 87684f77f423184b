package dev.followthrough.platform.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import com.slack.api.bolt.model.Bot;
import com.slack.api.bolt.model.builtin.DefaultInstaller;
import dev.followthrough.platform.database.Database;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Rotated tokens are refreshed once however many instances need them at the same moment, and a
 * token about to expire is never handed out.
 */
@Timeout(60)
class TokenRotationTest {

    private static final InstallationsWorld world = new InstallationsWorld("token_rotation");

    private final TokenEncryptionKey key = TokenCipherTest.randomKey(TokenEncryptionKey.FIRST_KEY_ID);
    private final SlackLikeRefresher slack = new SlackLikeRefresher();
    private final List<Database> otherInstances = new ArrayList<>();

    @BeforeEach
    void emptyTables() {
        world.reset();
    }

    @AfterEach
    void stopOtherInstances() {
        otherInstances.forEach(Database::close);
    }

    @AfterAll
    static void close() {
        world.close();
    }

    @Test
    void twoInstancesNeedingAnExpiringTokenAtOnceRefreshItOnceAndBothUseTheNewOne() throws Exception {
        install("T1R", "xoxe.xoxb-old", "xoxe-1-old", Duration.ofMinutes(5));
        var first = instance();
        var second = instance();
        var bot = first.findBot(null, "T1R");
        var bothAsk = new CountDownLatch(1);
        var pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<Optional<Bot>>> answers = new ArrayList<>();
            for (var installations : List.of(first, second)) {
                answers.add(pool.submit(() -> {
                    bothAsk.await();
                    return installations.rotation(slack).fresh(bot);
                }));
            }
            bothAsk.countDown();

            var tokens = new ArrayList<String>();
            for (var answer : answers) {
                tokens.add(answer.get().orElseThrow().getBotAccessToken());
            }

            assertThat(slack.calls.get()).as("oauth.v2.access calls").isEqualTo(1);
            assertThat(tokens).containsExactly("xoxe.xoxb-1", "xoxe.xoxb-1");
            assertThat(second.findBot(null, "T1R").getBotAccessToken()).isEqualTo("xoxe.xoxb-1");
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void theJobRefreshesWhatExpiresWithinTenMinutesAndLeavesTheRest() {
        install("T2R", "xoxe.xoxb-soon", "xoxe-1-soon", Duration.ofMinutes(9));
        install("T3R", "xoxe.xoxb-later", "xoxe-1-later", Duration.ofMinutes(30));
        var installations = instance();

        var refreshed = installations.rotation(slack).refreshExpiringSoon();

        assertThat(refreshed).isEqualTo(1);
        assertThat(installations.findBot(null, "T2R").getBotAccessToken()).isEqualTo("xoxe.xoxb-1");
        assertThat(installations.findBot(null, "T2R").getBotTokenExpiresAt())
                .isEqualTo(world.clock.instant().plus(Duration.ofHours(12)).toEpochMilli());
        assertThat(installations.findBot(null, "T3R").getBotAccessToken()).isEqualTo("xoxe.xoxb-later");
        // Refreshed, it is good for hours: the next caller uses it as it is.
        var rotation = installations.rotation(slack);
        assertThat(rotation.fresh(installations.findBot(null, "T2R"))
                        .orElseThrow()
                        .getBotAccessToken())
                .isEqualTo("xoxe.xoxb-1");
        assertThat(slack.calls.get()).isEqualTo(1);
    }

    @Test
    void aTokenNeverRotatedIsNeverRefreshed() {
        install("T4R", "xoxb-forever", null, null);
        var installations = instance();

        assertThat(installations.rotation(slack).refreshExpiringSoon()).isZero();
        assertThat(installations
                        .rotation(slack)
                        .fresh(installations.findBot(null, "T4R"))
                        .orElseThrow()
                        .getBotAccessToken())
                .isEqualTo("xoxb-forever");
        assertThat(slack.calls.get()).isZero();
    }

    /** Another instance: its own pool on the same database, the same key. */
    private PostgresInstallations instance() {
        var database = world.anotherInstance();
        otherInstances.add(database);
        return new PostgresInstallations(database.jdbi(), new TokenCipher(key), world.clock);
    }

    private void install(String teamId, String botToken, String refreshToken, Duration expiresIn) {
        new PostgresInstallations(world.jdbi, new TokenCipher(key), world.clock)
                .saveInstallerAndBot(DefaultInstaller.builder()
                        .appId("A1")
                        .teamId(teamId)
                        .isEnterpriseInstall(false)
                        .botId("B-" + teamId)
                        .botUserId("UBOT-" + teamId)
                        .botScope("commands,chat:write")
                        .botAccessToken(botToken)
                        .botRefreshToken(refreshToken)
                        .botTokenExpiresAt(
                                expiresIn == null
                                        ? null
                                        : world.clock.instant().plus(expiresIn).toEpochMilli())
                        .installedAt(world.clock.millis())
                        .build());
    }

    /** Slack's side: a refresh token works once, and the answer takes a while, as over a network. */
    private static final class SlackLikeRefresher implements TokenRefresher {
        final AtomicInteger calls = new AtomicInteger();
        private final Map<String, Boolean> used = new ConcurrentHashMap<>();

        @Override
        public Optional<Refreshed> refresh(String refreshToken) {
            var number = calls.incrementAndGet();
            if (used.putIfAbsent(refreshToken, true) != null) {
                return Optional.empty();
            }
            try {
                Thread.sleep(200); // widens the race a second caller would win without the row lock
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
            }
            return Optional.of(new Refreshed("xoxe.xoxb-" + number, "xoxe-1-" + number, Duration.ofHours(12)));
        }
    }
}
