package dev.followthrough.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import dev.followthrough.commitment.Commitment;
import dev.followthrough.commitment.CommitmentEvent;
import dev.followthrough.commitment.CommitmentHistory;
import dev.followthrough.commitment.Outcome;
import dev.followthrough.commitment.Reckoning;
import dev.followthrough.commitment.Score;
import dev.followthrough.support.TestDatabase;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;

/** Events written before changes were typed read back as the same typed changes, and score the same. */
class TypedChangesMigrationTest {

    private static final Instant NOW = Instant.parse("2026-11-25T12:00:00Z");

    private final String url = TestDatabase.newDatabase("typed_changes_migration");
    private final Jdbi jdbi = Jdbi.create(url);

    @Test
    void eventsWithAFreeTextDetailAreReadAsTypedChanges() {
        migrateTo("10");
        var late = commitment("2026-11-18T17:00", "KEPT");
        event(late, "CREATED", "2026-11-10T09:00", null, "2026-11-18T17:00", null);
        event(late, "KEPT", "2026-11-19T10:00", null, null, "late");
        var renegotiated = commitment("2026-11-27T17:00", "OPEN");
        event(renegotiated, "CREATED", "2026-11-10T09:00", null, "2026-11-20T17:00", null);
        event(
                renegotiated,
                "RENEGOTIATED",
                "2026-11-19T09:00",
                "2026-11-20T17:00",
                "2026-11-27T17:00",
                "before the deadline");
        var reworded = commitment("2026-11-21T17:00", "MISSED");
        event(reworded, "CREATED", "2026-11-10T09:00", null, "2026-11-21T17:00", null);
        event(reworded, "EDITED", "2026-11-12T09:00", "2026-11-21T17:00", "2026-11-21T17:00", "what");
        var movedLater = commitment("2026-11-28T17:00", "OPEN");
        event(movedLater, "CREATED", "2026-11-10T09:00", null, "2026-11-22T17:00", null);
        event(movedLater, "EDITED", "2026-11-21T09:00", "2026-11-22T17:00", "2026-11-28T17:00", "what, deadline");
        var cancelled = commitment("2026-11-17T17:00", "CANCELLED");
        event(cancelled, "CREATED", "2026-11-10T09:00", null, "2026-11-17T17:00", null);
        event(cancelled, "CANCELLED", "2026-11-18T09:00", null, null, "They chose another vendor");
        var snoozed = commitment("2026-11-30T17:00", "OPEN");
        event(snoozed, "SNOOZED", "2026-11-24T09:00", null, null, "until 2026-11-25T12:00:00Z");

        migrateTo("11");

        List<String> rows = jdbi.withHandle(
                handle -> handle.createQuery("""
                        SELECT kind || ' ' || coalesce(timing, '-') || ' ' || array_to_string(edited_fields, ',')
                               || ' ' || coalesce(reason, '-') || ' '
                               || coalesce(to_char(remind_at AT TIME ZONE 'UTC', 'DD HH24:MI'), '-')
                        FROM commitment_events WHERE kind <> 'CREATED' ORDER BY id""").mapTo(String.class).list());
        assertThat(rows)
                .containsExactly(
                        "KEPT AFTER_THE_DEADLINE  - -",
                        "RENEGOTIATED BY_THE_DEADLINE  - -",
                        "EDITED - WHAT - -",
                        "EDITED BY_THE_DEADLINE WHAT,DEADLINE - -",
                        "CANCELLED AFTER_THE_DEADLINE  They chose another vendor -",
                        "SNOOZED -  - 25 12:00");
        assertThat(Score.reckon(histories(), NOW))
                .extracting(Reckoning::commitmentId, Reckoning::outcome)
                .containsExactly(
                        tuple(late, Outcome.KEPT_LATE),
                        tuple(renegotiated, Outcome.RENEGOTIATED_BEFORE),
                        tuple(reworded, Outcome.MISSED),
                        tuple(cancelled, Outcome.CANCELLED_AFTER_DEADLINE));
    }

    private void migrateTo(String version) {
        Flyway.configure()
                .dataSource(url, null, null)
                .locations("classpath:db/migration")
                .target(version)
                .load()
                .migrate();
    }

    private long commitment(String due, String status) {
        return jdbi.withHandle(handle -> handle.createUpdate("""
                        INSERT INTO commitments (team_id, owner_id, what, direction, counterparty_name, firmness,
                            due_at, due_phrase, due_zone, status, deadline_set_at, nudged_through, created_at,
                            updated_at)
                        VALUES ('T0001', 'U100', 'send the deck', 'MINE', 'Acme', 'HARD', :due, 'by then', 'UTC',
                                :status, :created, :created, :created, :created)""")
                .bind("due", at(due))
                .bind("status", status)
                .bind("created", at("2026-11-10T09:00"))
                .executeAndReturnGeneratedKeys("id")
                .mapTo(Long.class)
                .one());
    }

    private void event(long id, String kind, String at, String oldDue, String newDue, String detail) {
        jdbi.useHandle(handle -> handle.createUpdate("""
                        INSERT INTO commitment_events (team_id, commitment_id, actor_id, kind, at, old_due_at,
                                                       new_due_at, detail)
                        VALUES ('T0001', :id, 'U100', :kind, :at, :oldDue, :newDue, :detail)""")
                .bind("id", id)
                .bind("kind", kind)
                .bind("at", at(at))
                .bind("oldDue", oldDue == null ? null : at(oldDue))
                .bind("newDue", newDue == null ? null : at(newDue))
                .bind("detail", detail)
                .execute());
    }

    private List<CommitmentHistory> histories() {
        var mapper = new CommitmentMapper();
        return jdbi.withHandle(handle -> handle.createQuery("SELECT c.*, " + CommitmentEventColumns.select("e")
                        + " FROM commitments c JOIN commitment_events e ON e.commitment_id = c.id ORDER BY c.id, e.id")
                .scanResultSet((rows, context) -> {
                    var byCommitment = new LinkedHashMap<Long, Commitment>();
                    var events = new LinkedHashMap<Long, List<CommitmentEvent>>();
                    var resultSet = rows.get();
                    while (resultSet.next()) {
                        var commitment = mapper.map(resultSet, context);
                        byCommitment.putIfAbsent(commitment.id(), commitment);
                        CommitmentEventColumns.read(resultSet)
                                .ifPresent(event -> events.computeIfAbsent(commitment.id(), id -> new ArrayList<>())
                                        .add(event));
                    }
                    return byCommitment.values().stream()
                            .map(commitment -> new CommitmentHistory(commitment, events.get(commitment.id())))
                            .toList();
                }));
    }

    private static Instant at(String utc) {
        return Instant.parse(utc + ":00Z");
    }
}
