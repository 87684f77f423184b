package dev.followthrough.platform.database;

import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.extension.Extensions;
import org.jdbi.v3.sqlobject.SqlObjectFactory;

/**
 * SqlObject stores described once, on the {@link Jdbi}. Jdbi 3.49 keeps what it learns of a store
 * interface (its methods, their SQL and configuration) in a cache that every handle copies from
 * the Jdbi: learnt on a handle, it is lost with the handle, and the next request learns it again.
 */
public final class SqlObjects {

    private SqlObjects() {}

    /** Describes each store on {@code jdbi}, so no handle has to; at start, before any request. */
    public static void describeOnce(Jdbi jdbi, Class<?>... stores) {
        var extensions = jdbi.getConfig(Extensions.class);
        extensions.findFactory(SqlObjectFactory.class).ifPresent(sqlObjects -> {
            for (var store : stores) {
                extensions.findMetadata(store, sqlObjects);
            }
        });
    }
}
