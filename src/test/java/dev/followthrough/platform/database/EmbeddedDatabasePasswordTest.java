package dev.followthrough.platform.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.followthrough.CannotStart;
import dev.followthrough.support.CapturedLogs;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

/** The embedded database asks every connection for the password it keeps in DATA_DIR/pg-password. */
class EmbeddedDatabasePasswordTest {

    /** PostgreSQL's AuthenticationSASL: the server asks for a SCRAM exchange. */
    private static final int ASKS_FOR_SASL = 10;

    @Test
    void overTcpAConnectionWithoutThePasswordOrWithAWrongOneIsRefusedAndOneWithItIsLetIn() throws Exception {
        var dataDir = Files.createTempDirectory("password-tcp");
        try (var database = Database.open(Optional.empty(), dataDir)) {
            var url = "jdbc:postgresql://localhost:" + running(dataDir).port() + "/postgres?user=postgres";

            assertThatThrownBy(() -> DriverManager.getConnection(url).close())
                    .isInstanceOf(SQLException.class)
                    .hasMessageContaining("no password was provided");
            assertThatThrownBy(() -> DriverManager.getConnection(url + "&password=guessed")
                            .close())
                    .isInstanceOf(SQLException.class)
                    .hasFieldOrPropertyWithValue("SQLState", "28P01");
            try (var connection = DriverManager.getConnection(url + "&password=" + passwordIn(dataDir));
                    var statement = connection.createStatement();
                    var rows = statement.executeQuery("SHOW listen_addresses")) {
                rows.next();
                assertThat(rows.getString(1)).isEqualTo("localhost");
            }
            assertThat(database.isHealthy()).isTrue();
        }
    }

    @Test
    void overTheUnixSocketTheServerAsksForThePasswordToo() throws Exception {
        var dataDir = Files.createTempDirectory("password-socket");
        try (var database = Database.open(Optional.empty(), dataDir)) {
            var server = running(dataDir);
            assertThat(server.socketDirectory())
                    .as("the server listens on a Unix socket")
                    .isNotBlank();
            var socket = Path.of(server.socketDirectory(), ".s.PGSQL." + server.port());

            assertThat(firstAuthenticationRequest(socket)).isEqualTo(ASKS_FOR_SASL);
        }
    }

    @Test
    void aRestartOnTheSameDataDirUsesTheSamePasswordKeptReadableByItsOwnerOnly() throws Exception {
        var dataDir = Files.createTempDirectory("password-restart");
        try (var database = Database.open(Optional.empty(), dataDir)) {
            database.jdbi().useHandle(handle -> handle.execute("CREATE TABLE kept (what TEXT)"));
        }
        var password = passwordIn(dataDir);
        assertThat(password).hasSizeGreaterThanOrEqualTo(43);

        try (var database = Database.open(Optional.empty(), dataDir)) {
            assertThat(database.isHealthy()).isTrue();
            database.jdbi().useHandle(handle -> handle.execute("INSERT INTO kept VALUES ('after the restart')"));
            assertThat(database.dataSource().toString()).doesNotContain(password);
        }
        assertThat(passwordIn(dataDir)).isEqualTo(password);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(ServerPassword.file(dataDir))))
                .isEqualTo("rw-------");
        assertThat(dataDir.resolve("pg-password.new")).doesNotExist();
    }

    @Test
    void aDataDirMadeBeforePasswordsIsGivenOneAtStartInOneLineAndKeepsItsData() throws Exception {
        var dataDir = Files.createTempDirectory("password-upgrade");
        // What earlier versions made: zonky's initdb, trusting every local connection, migrated.
        try (var old = EmbeddedPostgres.builder()
                .setDataDirectory(dataDir.resolve("pg"))
                .setCleanDataDirectory(false)
                .start()) {
            Flyway.configure()
                    .dataSource(old.getPostgresDatabase())
                    .locations("classpath:db/migration")
                    .load()
                    .migrate();
            try (var connection = old.getPostgresDatabase().getConnection();
                    var statement = connection.createStatement()) {
                statement.execute("CREATE TABLE kept (what TEXT)");
                statement.execute("INSERT INTO kept VALUES ('from before passwords')");
            }
        }
        assertThat(ServerPassword.file(dataDir)).doesNotExist();

        try (var logs = CapturedLogs.of(EmbeddedServer.class);
                var database = Database.open(Optional.empty(), dataDir)) {
            assertThat(keptIn(database)).containsExactly("from before passwords");
            assertThat(logs.lines())
                    .filteredOn(line -> line.contains("without a password"))
                    .containsExactly("The embedded PostgreSQL in "
                            + dataDir.resolve("pg").toRealPath()
                            + " let local connections in without a password; it now requires the one in "
                            + ServerPassword.file(dataDir));
            var url = "jdbc:postgresql://localhost:" + running(dataDir).port() + "/postgres?user=postgres";
            assertThatThrownBy(() -> DriverManager.getConnection(url).close()).isInstanceOf(SQLException.class);
        }
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(ServerPassword.file(dataDir))))
                .isEqualTo("rw-------");

        try (var logs = CapturedLogs.of(EmbeddedServer.class);
                var database = Database.open(Optional.empty(), dataDir)) {
            assertThat(keptIn(database)).containsExactly("from before passwords");
            assertThat(logs.lines()).noneMatch(line -> line.contains("without a password"));
        }
    }

    @Test
    void aMissingPasswordFileStopsTheStartSayingWhatToDoAndTheResetItDescribesWorks() throws Exception {
        var dataDir = Files.createTempDirectory("password-lost");
        try (var database = Database.open(Optional.empty(), dataDir)) {
            database.jdbi().useHandle(handle -> handle.execute("CREATE TABLE kept (what TEXT)"));
            database.jdbi().useHandle(handle -> handle.execute("INSERT INTO kept VALUES ('before the loss')"));
        }
        var lostPassword = passwordIn(dataDir);
        Files.delete(ServerPassword.file(dataDir));

        var hba = dataDir.resolve("pg").toRealPath().resolve("pg_hba.conf");
        assertThatThrownBy(() -> Database.open(Optional.empty(), dataDir))
                .isInstanceOf(CannotStart.class)
                .hasMessageContaining("requires a password, but " + ServerPassword.file(dataDir))
                .hasMessageContaining("is missing")
                .hasMessageContaining("Restore that file")
                .hasMessageContaining("change every scram-sha-256 in " + hba + " to trust and start again");
        assertThat(PostgresProcesses.workingIn(dataDir.resolve("pg").toRealPath()))
                .isEmpty();

        // The reset the message describes.
        Files.writeString(hba, Files.readString(hba).replace("scram-sha-256", "trust"));
        try (var database = Database.open(Optional.empty(), dataDir)) {
            assertThat(keptIn(database)).containsExactly("before the loss");
        }
        assertThat(passwordIn(dataDir)).isNotEqualTo(lostPassword);
        assertThat(Files.readString(hba)).doesNotContain("trust");
    }

    private static List<String> keptIn(Database database) {
        return database.jdbi()
                .withHandle(handle -> handle.createQuery("SELECT what FROM kept")
                        .mapTo(String.class)
                        .list());
    }

    private static String passwordIn(Path dataDir) throws Exception {
        return Files.readString(ServerPassword.file(dataDir)).strip();
    }

    /** What the running server wrote in postmaster.pid: its port (line 4) and socket directory (line 5). */
    private record RunningServer(int port, String socketDirectory) {}

    private static RunningServer running(Path dataDir) throws Exception {
        var lines = Files.readAllLines(dataDir.resolve("pg").resolve(CrashLeftovers.PID_FILE));
        return new RunningServer(
                Integer.parseInt(lines.get(3).strip()), lines.get(4).strip());
    }

    /**
     * Opens the protocol on the Unix socket, as psql would, and returns the authentication the
     * server asks for first (0 would let the user in without one). The JDBC driver has no Unix
     * socket of its own.
     */
    private static int firstAuthenticationRequest(Path socket) throws Exception {
        var parameters = new ByteArrayOutputStream();
        for (var text : List.of("user", "postgres", "database", "postgres", "")) {
            parameters.write(text.getBytes(StandardCharsets.UTF_8));
            parameters.write(0);
        }
        var startup = new ByteArrayOutputStream();
        var message = new DataOutputStream(startup);
        message.writeInt(4 + 4 + parameters.size());
        message.writeInt(3 << 16); // protocol 3.0
        message.write(parameters.toByteArray());
        try (var channel = SocketChannel.open(StandardProtocolFamily.UNIX)) {
            channel.connect(UnixDomainSocketAddress.of(socket));
            channel.write(ByteBuffer.wrap(startup.toByteArray()));
            var answer = ByteBuffer.allocate(9);
            while (answer.hasRemaining() && channel.read(answer) >= 0) {}
            answer.flip();
            assertThat((char) answer.get()).as("an authentication request").isEqualTo('R');
            answer.getInt();
            return answer.getInt();
        }
    }
}
