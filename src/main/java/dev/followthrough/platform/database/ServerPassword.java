package dev.followthrough.platform.database;

import dev.followthrough.CannotStart;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;

/**
 * The embedded PostgreSQL superuser's password, generated on the cluster's first start and kept in
 * {@code DATA_DIR/pg-password} (0600). Shown by {@link #toString()} as {@code ***}, so that no log
 * line or description of an object holding it gives it away.
 */
final class ServerPassword {

    static final String FILE = "pg-password";

    /** 256 random bits: as strong as the SCRAM-SHA-256 verifier PostgreSQL keeps of it. */
    private static final int RANDOM_BYTES = 32;

    private static final SecureRandom RANDOM = new SecureRandom();

    private final String text;

    private ServerPassword(String text) {
        this.text = text;
    }

    static ServerPassword generate() {
        var bytes = new byte[RANDOM_BYTES];
        RANDOM.nextBytes(bytes);
        // URL-safe base64 needs no quoting in a shell, a JDBC URL or PGPASSWORD.
        return new ServerPassword(Base64.getUrlEncoder().withoutPadding().encodeToString(bytes));
    }

    static Path file(Path dataDir) {
        return dataDir.resolve(FILE);
    }

    /**
     * The password of a cluster that already requires one.
     *
     * @throws CannotStart when the file is missing or cannot be read: without it nothing can connect
     */
    static ServerPassword required(Path dataDir, Path cluster) {
        return stored(dataDir)
                .orElseThrow(() -> new CannotStart("The embedded PostgreSQL in " + cluster
                        + " requires a password, but " + file(dataDir) + ", which holds it, is missing."
                        + " Restore that file from a backup of DATA_DIR; or, to give the database a new password,"
                        + " change every scram-sha-256 in " + cluster.resolve(ClientAuthentication.FILE)
                        + " to trust and start again (README, \"The embedded database\")"));
    }

    /**
     * The stored password of a cluster that does not require one yet, or a new one, stored before
     * the cluster is given it, so that no crash leaves a cluster whose password is lost.
     */
    static ServerPassword storedOrNew(Path dataDir) {
        var stored = stored(dataDir);
        if (stored.isPresent()) {
            return stored.get();
        }
        var password = generate();
        try {
            password.store(dataDir);
        } catch (IOException cannotWrite) {
            throw new CannotStart("Could not write " + file(dataDir) + " (" + cannotWrite
                    + "): let the user Followthrough runs as write to DATA_DIR");
        }
        return password;
    }

    private static Optional<ServerPassword> stored(Path dataDir) {
        var file = file(dataDir);
        if (Files.notExists(file)) {
            return Optional.empty();
        }
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8).strip();
        } catch (IOException unreadable) {
            throw new CannotStart("Could not read " + file + " (" + unreadable
                    + "), which holds the embedded PostgreSQL's password: make it a file readable by the user"
                    + " Followthrough runs as (" + System.getProperty("user.name") + "), or restore it from a backup"
                    + " of DATA_DIR");
        }
        if (text.isEmpty()) {
            throw new CannotStart(file + ", which holds the embedded PostgreSQL's password, is empty: restore it"
                    + " from a backup of DATA_DIR, or delete it and start again to be told how to give the database"
                    + " a new password");
        }
        return Optional.of(new ServerPassword(text));
    }

    /** Atomically (a new file renamed over the old), so a crash leaves the old password or the new one. */
    void store(Path dataDir) throws IOException {
        DurableFiles.replace(file(dataDir), text + "\n");
    }

    /** For the driver and for zonky's own connections only; never to be logged. */
    String text() {
        return text;
    }

    @Override
    public String toString() {
        return "***";
    }
}
