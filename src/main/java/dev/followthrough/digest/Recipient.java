package dev.followthrough.digest;

import dev.followthrough.user.UserStore;
import java.time.DayOfWeek;
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

    static Recipient of(UserStore.DigestRow row) {
        return new Recipient(
                row.teamId(),
                row.userId(),
                ZoneId.of(row.timeZone()),
                row.locale() == null ? Locale.US : Locale.forLanguageTag(row.locale()),
                new DigestSettings(DayOfWeek.valueOf(row.digestDay()), row.digestTime(), row.digestWhenEmpty()),
                Optional.ofNullable(row.digestLastWeek()),
                row.createdAt());
    }

    Owner owner() {
        return new Owner(teamId, userId);
    }

    /** Whose commitments: a user of a team. */
    record Owner(String teamId, String userId) {}
}
