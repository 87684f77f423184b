package dev.followthrough.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import dev.followthrough.support.TestDatabase;
import java.util.List;
import java.util.Optional;
import org.flywaydb.core.Flyway;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.sqlobject.SqlObjectPlugin;
import org.junit.jupiter.api.Test;

/** Feed URLs handed out before the tokens had a table of their own keep working after it. */
class FeedTokensMigrationTest {

    private final String url = TestDatabase.newDatabase("feed_tokens_migration");
    private final Jdbi jdbi = Jdbi.create(url);

    @Test
    void everyTokenMovesToTheCalendarsOwnTableAndStillAdmitsItsFeed() {
        migrateTo("12");
        jdbi.useHandle(handle -> handle.execute("""
                INSERT INTO users (team_id, user_id, time_zone, calendar_feed_token)
                VALUES ('T0001', 'U100', 'Europe/Berlin', 'token-of-u100'),
                       ('T0001', 'U200', 'Europe/Berlin', NULL),
                       ('T0002', 'U100', 'America/New_York', 'token-of-the-other-u100')"""));

        migrateTo("13");

        List<String> feeds = jdbi.withHandle(handle -> handle.createQuery(
                        "SELECT team_id || ' ' || user_id || ' ' || token FROM calendar_feeds ORDER BY team_id, user_id")
                .mapTo(String.class)
                .list());
        assertThat(feeds).containsExactly("T0001 U100 token-of-u100", "T0002 U100 token-of-the-other-u100");
        var calendarFeeds = new CalendarFeeds(jdbi.installPlugin(new SqlObjectPlugin()), Optional.empty());
        assertThat(calendarFeeds.admits("T0001", "U100", "token-of-u100")).isTrue();
        assertThat(calendarFeeds.admits("T0002", "U100", "token-of-u100")).isFalse();
        assertThat(calendarFeeds.admits("T0001", "U200", "token-of-u100")).isFalse();
    }

    private void migrateTo(String version) {
        Flyway.configure()
                .dataSource(url, null, null)
                .locations("classpath:db/migration")
                .target(version)
                .load()
                .migrate();
    }
}
