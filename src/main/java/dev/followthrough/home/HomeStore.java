package dev.followthrough.home;

import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jdbi.v3.core.Jdbi;

/** Who has opened App Home, what was last published there, and whose is out of date. */
final class HomeStore {

    record HomeState(
            String teamId, String userId, Optional<String> hash, Set<HomeSections.Section> expanded, long version) {}

    private final Jdbi jdbi;

    HomeStore(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /**
     * Remembers that the user looks at their Home: from now on it is kept current. Opening it
     * publishes it at once, so it is not marked out of date here (that would publish it twice).
     */
    void opened(String teamId, String userId) {
        jdbi.useHandle(handle -> handle.createUpdate("""
                        INSERT INTO home_views (team_id, user_id, dirty) VALUES (:teamId, :userId, FALSE)
                        ON CONFLICT (team_id, user_id) DO NOTHING""")
                .bind("teamId", teamId)
                .bind("userId", userId)
                .execute());
    }

    Optional<HomeState> state(String teamId, String userId) {
        return jdbi.withHandle(handle -> handle.createQuery(
                        "SELECT * FROM home_views WHERE team_id = :teamId AND user_id = :userId")
                .bind("teamId", teamId)
                .bind("userId", userId)
                .map((row, context) -> new HomeState(
                        row.getString("team_id"),
                        row.getString("user_id"),
                        Optional.ofNullable(row.getString("hash")),
                        expanded(row.getString("expanded")),
                        row.getLong("version")))
                .findOne());
    }

    List<String[]> dirty(int limit) {
        return jdbi.withHandle(handle -> handle.createQuery(
                        "SELECT team_id, user_id FROM home_views WHERE dirty ORDER BY published_at NULLS FIRST LIMIT :limit")
                .bind("limit", limit)
                .map((row, context) -> new String[] {row.getString("team_id"), row.getString("user_id")})
                .list());
    }

    void expand(String teamId, String userId, HomeSections.Section section) {
        var current = state(teamId, userId).map(HomeState::expanded).orElse(EnumSet.noneOf(HomeSections.Section.class));
        var expanded = EnumSet.noneOf(HomeSections.Section.class);
        expanded.addAll(current);
        expanded.add(section);
        jdbi.useHandle(handle -> handle.createUpdate(
                        "UPDATE home_views SET expanded = :expanded, dirty = TRUE, version = version + 1"
                                + " WHERE team_id = :teamId AND user_id = :userId")
                .bind(
                        "expanded",
                        String.join(",", expanded.stream().map(Enum::name).toList()))
                .bind("teamId", teamId)
                .bind("userId", userId)
                .execute());
    }

    /** Published: clean unless something changed again since {@code renderedAt}. */
    void published(String teamId, String userId, String hash, Instant renderedAt, long version) {
        jdbi.useHandle(handle -> handle.createUpdate("""
                        UPDATE home_views SET hash = :hash, dirty = (version <> :version), published_at = :at
                        WHERE team_id = :teamId AND user_id = :userId""")
                .bind("hash", hash)
                .bind("version", version)
                .bind("at", renderedAt)
                .bind("teamId", teamId)
                .bind("userId", userId)
                .execute());
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
