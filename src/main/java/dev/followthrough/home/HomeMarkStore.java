package dev.followthrough.home;

import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/**
 * The slice of {@link HomeStore} written after every change to a commitment. Jdbi 3.49 builds a
 * handler for every method of an interface each time it is attached, so the write path attaches
 * this one-method slice, not the whole store.
 */
interface HomeMarkStore {

    @SqlUpdate(
            "UPDATE home_views SET dirty = TRUE, version = version + 1 WHERE team_id = :teamId AND user_id = :userId")
    void outOfDate(String teamId, String userId);
}
