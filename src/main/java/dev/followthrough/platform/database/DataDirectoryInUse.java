package dev.followthrough.platform.database;

import java.nio.file.Path;

/**
 * Another live Followthrough process holds {@code DATA_DIR}: two processes on one embedded
 * database directory would corrupt it, so this one refuses to start. An expected refusal, not a
 * fault: it carries no stack trace, only the line to show.
 */
public final class DataDirectoryInUse extends RuntimeException {

    DataDirectoryInUse(Path dataDir, String holder) {
        super(
                "DATA_DIR " + dataDir + " is in use by another running Followthrough (" + holder
                        + "): only one process may use an embedded database's DATA_DIR. Stop that one, or give this"
                        + " one its own DATA_DIR (or a DATABASE_URL).",
                null,
                false,
                false);
    }
}
