package dev.followthrough.platform.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import dev.followthrough.Application;
import dev.followthrough.support.TestDatabase;
import java.util.List;
import java.util.Set;
import org.flywaydb.core.Flyway;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.postgres.PostgresPlugin;
import org.jdbi.v3.sqlobject.SqlObjectPlugin;
import org.junit.jupiter.api.Test;

/**
 * Every table with a team_id column, as the migrated schema says, is some feature's part in
 * forgetting a workspace: a new table that keeps a team's rows must say how they go.
 */
class EveryTeamTableIsForgottenTest {

    /** Rows that are the standing itself: the retention job deletes them last, once the rest is gone. */
    private static final Set<String> THE_STANDING_ITSELF = Set.of("workspaces");

    @Test
    void everyTableWithATeamIdColumnIsForgottenBySomeStore() {
        var jdbcUrl = TestDatabase.newDatabase("every_team_table");
        Flyway.configure()
                .dataSource(jdbcUrl, null, null)
                .locations("classpath:db/migration")
                .load()
                .migrate();
        var jdbi = Jdbi.create(jdbcUrl).installPlugin(new SqlObjectPlugin()).installPlugin(new PostgresPlugin());
        List<String> teamTables = jdbi.withHandle(
                handle -> handle.createQuery("""
                        SELECT table_name FROM information_schema.columns
                        WHERE table_schema = current_schema() AND column_name = 'team_id'
                        ORDER BY table_name""").mapTo(String.class).list());

        var forgotten = Application.forgetting(jdbi).tables();

        assertThat(teamTables).as("tables with a team_id column").contains("commitments", "outbox", "users");
        assertThat(teamTables)
                .filteredOn(table -> !THE_STANDING_ITSELF.contains(table))
                .as("tables whose team rows no ForgetsATeam deletes")
                .allSatisfy(table -> assertThat(forgotten).contains(table));
        assertThat(forgotten).as("tables forgotten that have no team_id").isSubsetOf(teamTables);
    }
}
