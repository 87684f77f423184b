package dev.followthrough.settings;

import java.time.DayOfWeek;
import java.time.Instant;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Jdbi;

/** Users' own settings, in the users table. */
final class SettingsStore {

    private final Jdbi jdbi;

    SettingsStore(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    Settings.Digest digest(String teamId, String userId) {
        return jdbi.withHandle(handle -> handle.createQuery(
                        "SELECT digest_day, digest_time, digest_when_empty FROM users WHERE team_id = :teamId AND user_id = :userId")
                .bind("teamId", teamId)
                .bind("userId", userId)
                .map((row, context) -> new Settings.Digest(
                        DayOfWeek.valueOf(row.getString("digest_day")),
                        row.getObject("digest_time", java.time.LocalTime.class),
                        row.getBoolean("digest_when_empty")))
                .findOne()
                .orElse(new Settings.Digest(DayOfWeek.MONDAY, java.time.LocalTime.of(9, 0), true)));
    }

    void save(String teamId, String userId, Settings settings, Instant now) {
        jdbi.useTransaction(handle -> {
            handle.createUpdate("""
                            UPDATE users SET nudge_lead_minutes = :leads, work_days = :days, work_start = :start,
                                             work_end = :end, end_of_day = :endOfDay, digest_day = :digestDay,
                                             digest_time = :digestTime, digest_when_empty = :digestWhenEmpty,
                                             digest_check_at = NULL, updated_at = now()
                            WHERE team_id = :teamId AND user_id = :userId""")
                    .bind(
                            "leads",
                            settings.leadTimes().stream()
                                    .map(lead -> (int) lead.toMinutes())
                                    .toArray(Integer[]::new))
                    .bind(
                            "days",
                            settings.workDays().stream()
                                    .sorted()
                                    .map(DayOfWeek::name)
                                    .collect(Collectors.joining(",")))
                    .bind("start", settings.workStart())
                    .bind("end", settings.workEnd())
                    .bind("endOfDay", settings.endOfDay())
                    .bind("digestDay", settings.digest().day().name())
                    .bind("digestTime", settings.digest().time())
                    .bind("digestWhenEmpty", settings.digest().whenEmpty())
                    .bind("teamId", teamId)
                    .bind("userId", userId)
                    .execute();
            // Reminders are planned from settings: every open commitment is looked at again now.
            handle.createUpdate("""
                            UPDATE commitments SET next_check_at = :now
                            WHERE team_id = :teamId AND owner_id = :userId AND status IN ('OPEN', 'MISSED')""")
                    .bind("now", now)
                    .bind("teamId", teamId)
                    .bind("userId", userId)
                    .execute();
            handle.createUpdate(
                            "UPDATE home_views SET dirty = TRUE, version = version + 1 WHERE team_id = :teamId AND user_id = :userId")
                    .bind("teamId", teamId)
                    .bind("userId", userId)
                    .execute();
        });
    }
}
