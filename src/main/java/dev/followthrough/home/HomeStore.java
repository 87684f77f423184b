package dev.followthrough.home;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.StatementContext;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.config.RegisterRowMapper;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** Who has opened App Home, what was last published there, and whose is out of date. */
@RegisterRowMapper(HomeStore.HomeStateMapper.class)
@RegisterConstructorMapper(HomeStore.Viewer.class)
interface HomeStore extends HomeMarkStore {

    /** At most {@code batchSize} of a forgotten workspace's App Home states. */
    @SqlUpdate("""
            DELETE FROM home_views WHERE ctid = ANY(ARRAY(
                SELECT ctid FROM home_views WHERE team_id = :teamId LIMIT :batchSize))""")
    int forgetSome(String teamId, int batchSize);

    record HomeState(
            String teamId, String userId, Optional<String> hash, Set<HomeSections.Section> expanded, long version) {}

    /** Someone who has opened their Home. */
    record Viewer(String teamId, String userId) {}

    /**
     * Remembers that the user looks at their Home: from now on it is kept current. Opening it
     * publishes it at once, so it is not marked out of date here (that would publish it twice).
     */
    @SqlUpdate("""
            INSERT INTO home_views (team_id, user_id, dirty) VALUES (:teamId, :userId, FALSE)
            ON CONFLICT (team_id, user_id) DO NOTHING""")
    void opened(String teamId, String userId);

    @SqlQuery("SELECT * FROM home_views WHERE team_id = :teamId AND user_id = :userId")
    Optional<HomeState> state(String teamId, String userId);

    @SqlQuery("SELECT team_id, user_id FROM home_views WHERE dirty ORDER BY published_at NULLS FIRST LIMIT :limit")
    List<Viewer> dirty(int limit);

    /** The user's Home no longer shows the truth: it is published again shortly. */
    default void expand(String teamId, String userId, HomeSections.Section section) {
        var expanded = EnumSet.noneOf(HomeSections.Section.class);
        state(teamId, userId).map(HomeState::expanded).ifPresent(expanded::addAll);
        expanded.add(section);
        expanded(
                teamId,
                userId,
                String.join(",", expanded.stream().map(Enum::name).toList()));
    }

    @SqlUpdate("UPDATE home_views SET expanded = :expanded, dirty = TRUE, version = version + 1"
            + " WHERE team_id = :teamId AND user_id = :userId")
    void expanded(String teamId, String userId, String expanded);

    /** Published: clean unless something changed again since {@code renderedAt}. */
    @SqlUpdate("""
            UPDATE home_views SET hash = :hash, dirty = (version <> :version), published_at = :renderedAt
            WHERE team_id = :teamId AND user_id = :userId""")
    void published(String teamId, String userId, String hash, Instant renderedAt, long version);

    final class HomeStateMapper implements RowMapper<HomeState> {
        @Override
        public HomeState map(ResultSet row, StatementContext context) throws SQLException {
            return new HomeState(
                    row.getString("team_id"),
                    row.getString("user_id"),
                    Optional.ofNullable(row.getString("hash")),
                    expanded(row.getString("expanded")),
                    row.getLong("version"));
        }

        private static Set<HomeSections.Section> expanded(String text) {
            var sections = EnumSet.noneOf(HomeSections.Section.class);
            Arrays.stream(text.split(","))
                    .filter(name -> !name.isBlank())
                    .map(HomeSections.Section::valueOf)
                    .forEach(sections::add);
            return sections;
        }
    }
}
