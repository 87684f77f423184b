package dev.followthrough.digest;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Optional;

/** A user a digest goes to, as the users table knows them. */
record Recipient(
        String teamId,
        String userId,
        ZoneId zone,
        Locale locale,
        DigestSettings settings,
        Optional<String> lastWeek,
        Instant knownSince) {

    Owner owner() {
        return new Owner(teamId, userId);
    }

    /** Whose commitments: a user of a team. */
    record Owner(String teamId, String userId) {}
}
