package dev.followthrough.platform.database;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Arrays;
import javax.sql.DataSource;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.sqlobject.SqlObjectPlugin;
import org.postgresql.PGConnection;

/**
 * The embedded cluster's {@code pg_hba.conf}. initdb (as zonky runs it) trusts every local
 * connection as any user; Followthrough's asks every one, over the Unix socket or TCP, for the
 * superuser's password, by SCRAM so that the password never crosses the connection.
 */
final class ClientAuthentication {

    static final String FILE = "pg_hba.conf";
    static final String SUPERUSER = "postgres";

    private static final String PASSWORD_REQUIRED = """
            # Written by Followthrough: every connection needs the password kept in DATA_DIR/pg-password.
            # Connections that match no line (any address but loopback) are refused.
            # TYPE  DATABASE     USER  ADDRESS       METHOD
            local   all          all                 scram-sha-256
            host    all          all   127.0.0.1/32  scram-sha-256
            host    all          all   ::1/128       scram-sha-256
            local   replication  all                 scram-sha-256
            host    replication  all   127.0.0.1/32  scram-sha-256
            host    replication  all   ::1/128       scram-sha-256
            """;

    private ClientAuthentication() {}

    /** True when some rule of {@code cluster}'s pg_hba.conf lets a connection in without a password. */
    static boolean trustsAnyone(Path cluster) {
        try (var lines = Files.lines(cluster.resolve(FILE))) {
            return lines.map(line -> line.replaceFirst("#.*", "").strip())
                    .flatMap(rule -> Arrays.stream(rule.split("\\s+")))
                    .anyMatch("trust"::equals);
        } catch (IOException unreadable) {
            throw new IllegalStateException("Could not read " + cluster.resolve(FILE), unreadable);
        }
    }

    /**
     * Gives the superuser {@code password} and then asks every new connection for it: the server on
     * {@code cluster} is running and still lets {@code superuser} in without one.
     */
    static void requirePassword(Path cluster, DataSource superuser, ServerPassword password)
            throws SQLException, IOException {
        try (var connection = superuser.getConnection()) {
            // The driver sends PostgreSQL a SCRAM verifier computed here: the password itself appears in
            // no statement, so in no server log line either.
            connection
                    .unwrap(PGConnection.class)
                    .alterUserPassword(SUPERUSER, password.text().toCharArray(), "scram-sha-256");
            DurableFiles.replace(cluster.resolve(FILE), PASSWORD_REQUIRED);
        }
        // Until the server has read the new rules, it still lets the superuser in as before.
        Jdbi.create(superuser)
                .installPlugin(new SqlObjectPlugin())
                .useExtension(ServerControlStore.class, ServerControlStore::reloadConfiguration);
    }
}
