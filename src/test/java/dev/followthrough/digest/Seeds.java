package dev.followthrough.digest;

import dev.followthrough.commitment.Timing;
import java.time.Instant;
import org.jdbi.v3.core.Jdbi;

/** Commitments written straight into the tables, with the history a test needs. */
final class Seeds {

    private final Jdbi jdbi;

    Seeds(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    void user(String userId, String zone) {
        jdbi.useHandle(handle -> handle.createUpdate("""
                        INSERT INTO users (team_id, user_id, time_zone, locale, profile_fetched_at)
                        VALUES ('T0001', :userId, :zone, 'en-US', now())""")
                .bind("userId", userId)
                .bind("zone", zone)
                .execute());
    }

    /**
     * A commitment created a month before {@code due} (null for a soft one), in {@code status};
     * {@code counterpartyUser} or {@code counterpartyName} may be null. Returns its id.
     */
    long commitment(
            String ownerId,
            String what,
            String direction,
            String counterpartyUser,
            String counterpartyName,
            Instant due,
            String status,
            Instant closedAt) {
        var created = due == null ? Instant.parse("2026-11-01T12:00:00Z") : due.minusSeconds(30L * 24 * 3600);
        return jdbi.withHandle(handle -> {
            long id = handle.createUpdate("""
                            INSERT INTO commitments (team_id, owner_id, what, direction, counterparty_user_id,
                                counterparty_name, firmness, due_at, due_phrase, due_zone, status, closed_at,
                                deadline_set_at, nudged_through, created_at, updated_at)
                            VALUES ('T0001', :ownerId, :what, :direction, :counterpartyUser, :counterpartyName,
                                    :firmness, :due, 'by then', 'America/New_York', :status, :closedAt,
                                    :created, :created, :created, COALESCE(CAST(:closedAt AS TIMESTAMPTZ), :created))""")
                    .bind("ownerId", ownerId)
                    .bind("what", what)
                    .bind("direction", direction)
                    .bind("counterpartyUser", counterpartyUser)
                    .bind("counterpartyName", counterpartyName)
                    .bind("firmness", due == null ? "SOFT" : "HARD")
                    .bind("due", due)
                    .bind("status", status)
                    .bind("closedAt", closedAt)
                    .bind("created", created)
                    .executeAndReturnGeneratedKeys("id")
                    .mapTo(Long.class)
                    .one();
            event(handle, id, "CREATED", created, null, due, null);
            return id;
        });
    }

    /** An event; {@code timing} (against the deadline in force) may be null. */
    void event(long commitmentId, String kind, Instant at, Timing timing) {
        jdbi.useHandle(handle -> event(handle, commitmentId, kind, at, null, null, timing));
    }

    void renegotiated(long commitmentId, Instant at, Instant oldDue, Instant newDue, Timing timing) {
        jdbi.useHandle(handle -> event(handle, commitmentId, "RENEGOTIATED", at, oldDue, newDue, timing));
    }

    private static void event(
            org.jdbi.v3.core.Handle handle,
            long commitmentId,
            String kind,
            Instant at,
            Instant oldDue,
            Instant newDue,
            Timing timing) {
        handle.createUpdate("""
                        INSERT INTO commitment_events (team_id, commitment_id, actor_id, kind, at, old_due_at,
                                                       new_due_at, timing)
                        VALUES ('T0001', :commitmentId, 'U100', :kind, :at, :oldDue, :newDue, :timing)""")
                .bind("commitmentId", commitmentId)
                .bind("kind", kind)
                .bind("at", at)
                .bind("oldDue", oldDue)
                .bind("newDue", newDue)
                .bind("timing", timing == null ? null : timing.name())
                .execute();
    }
}
