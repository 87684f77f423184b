package dev.followthrough.relationship;

import dev.followthrough.commitment.Timing;
import java.time.Instant;
import org.jdbi.v3.core.Jdbi;

/** Commitments written straight into the tables of a workspace, with the history a test needs. */
final class Seeds {

    private final Jdbi jdbi;

    Seeds(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    void user(String teamId, String userId, String zone) {
        jdbi.useHandle(handle -> handle.createUpdate("""
                        INSERT INTO users (team_id, user_id, time_zone, locale, profile_fetched_at)
                        VALUES (:teamId, :userId, :zone, 'en-US', now())""")
                .bind("teamId", teamId)
                .bind("userId", userId)
                .bind("zone", zone)
                .execute());
    }

    /**
     * A hard commitment created a week before {@code due}, in {@code status}; one of {@code
     * counterpartyUser} and {@code counterpartyName} is null. Returns its id.
     */
    long commitment(
            String teamId,
            String ownerId,
            String what,
            String direction,
            String counterpartyUser,
            String counterpartyName,
            Instant due,
            String status,
            Instant closedAt) {
        var created = due.minusSeconds(7L * 24 * 3600);
        return jdbi.withHandle(handle -> {
            long id = handle.createUpdate("""
                            INSERT INTO commitments (team_id, owner_id, what, direction, counterparty_user_id,
                                counterparty_name, firmness, due_at, due_phrase, due_zone, status, closed_at,
                                deadline_set_at, nudged_through, created_at, updated_at)
                            VALUES (:teamId, :ownerId, :what, :direction, :counterpartyUser, :counterpartyName,
                                    'HARD', :due, 'by then', 'America/New_York', :status, :closedAt,
                                    :created, :created, :created, COALESCE(CAST(:closedAt AS TIMESTAMPTZ), :created))""")
                    .bind("teamId", teamId)
                    .bind("ownerId", ownerId)
                    .bind("what", what)
                    .bind("direction", direction)
                    .bind("counterpartyUser", counterpartyUser)
                    .bind("counterpartyName", counterpartyName)
                    .bind("due", due)
                    .bind("status", status)
                    .bind("closedAt", closedAt)
                    .bind("created", created)
                    .executeAndReturnGeneratedKeys("id")
                    .mapTo(Long.class)
                    .one();
            event(teamId, id, ownerId, "CREATED", created, due, null);
            return id;
        });
    }

    /** An event of commitment {@code commitmentId}; {@code timing} (against the deadline) may be null. */
    void event(
            String teamId, long commitmentId, String actorId, String kind, Instant at, Instant newDue, Timing timing) {
        jdbi.useHandle(handle -> handle.createUpdate("""
                        INSERT INTO commitment_events (team_id, commitment_id, actor_id, kind, at, new_due_at, timing)
                        VALUES (:teamId, :commitmentId, :actorId, :kind, :at, :newDue, :timing)""")
                .bind("teamId", teamId)
                .bind("commitmentId", commitmentId)
                .bind("actorId", actorId)
                .bind("kind", kind)
                .bind("at", at)
                .bind("newDue", newDue)
                .bind("timing", timing == null ? null : timing.name())
                .execute());
    }

    /** Kept (by {@code at}, before or after its deadline as {@code timing} says), with its event. */
    long kept(
            String teamId,
            String ownerId,
            String what,
            String direction,
            String user,
            String name,
            Instant due,
            Instant at,
            Timing timing) {
        var id = commitment(teamId, ownerId, what, direction, user, name, due, "KEPT", at);
        event(teamId, id, ownerId, "KEPT", at, null, timing);
        return id;
    }

    /** Past its deadline and still open, with the sweep's MISSED event. */
    long missed(String teamId, String ownerId, String what, String direction, String user, String name, Instant due) {
        var id = commitment(teamId, ownerId, what, direction, user, name, due, "MISSED", null);
        event(teamId, id, null, "MISSED", due.plusSeconds(600), null, null);
        return id;
    }
}
