package dev.followthrough.calendar;

import java.security.SecureRandom;
import org.jdbi.v3.core.Jdbi;

/**
 * Secrets the app makes itself, once: the first instance to start creates one, every instance and
 * every restart after that reads the same.
 */
final class AppSecrets {

    private static final int BYTES = 32;

    private AppSecrets() {}

    static byte[] named(Jdbi jdbi, String name) {
        var fresh = new byte[BYTES];
        new SecureRandom().nextBytes(fresh);
        return jdbi.withExtension(AppSecretStore.class, store -> {
            store.offer(name, fresh);
            return store.read(name);
        });
    }
}
