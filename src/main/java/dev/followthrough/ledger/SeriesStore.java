package dev.followthrough.ledger;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** The recurring promises' table. Attach to the caller's handle: a series moves with its occurrences. */
@RegisterConstructorMapper(SeriesStore.SeriesRow.class)
interface SeriesStore {

    /** A series as stored: its occurrences' template, its schedule, and its latest occurrence's day. */
    record SeriesRow(
            long id,
            String teamId,
            String ownerId,
            String what,
            String direction,
            String counterpartyUserId,
            String counterpartyName,
            String channelId,
            String rule,
            LocalTime timeOfDay,
            String zone,
            LocalDate anchorOn,
            String phrase,
            LocalDate currentOn,
            Instant advanceAt,
            Instant endedAt) {}

    /** A new series, its first occurrence on {@code currentOn} and due at {@code advanceAt}. */
    record NewSeriesRow(
            String teamId,
            String ownerId,
            String what,
            String direction,
            String counterpartyUserId,
            String counterpartyName,
            String channelId,
            String rule,
            LocalTime timeOfDay,
            String zone,
            LocalDate anchorOn,
            String phrase,
            LocalDate currentOn,
            Instant advanceAt,
            Instant now) {}

    @SqlQuery("""
            INSERT INTO commitment_series (team_id, owner_id, what, direction, counterparty_user_id, counterparty_name,
                                           channel_id, rule, time_of_day, zone, anchor_on, phrase, current_on,
                                           advance_at, created_at)
            VALUES (:teamId, :ownerId, :what, :direction, :counterpartyUserId, :counterpartyName, :channelId, :rule,
                    :timeOfDay, :zone, :anchorOn, :phrase, :currentOn, :advanceAt, :now)
            RETURNING *""")
    SeriesRow insert(@BindMethods NewSeriesRow series);

    /** The series whose latest occurrence has come due, locked; those another instance holds are skipped. */
    @SqlQuery("""
            SELECT * FROM commitment_series WHERE advance_at <= :now
            ORDER BY advance_at LIMIT :limit FOR UPDATE SKIP LOCKED""")
    List<SeriesRow> claimDue(Instant now, int limit);

    @SqlQuery("SELECT * FROM commitment_series WHERE team_id = :teamId AND id = :id FOR UPDATE")
    Optional<SeriesRow> lock(String teamId, long id);

    /**
     * Moves the series on from its occurrence on {@code from}: 0 when another moved it first or it
     * has ended, so the caller makes no occurrence of its own.
     */
    @SqlUpdate("""
            UPDATE commitment_series SET current_on = :to, advance_at = :advanceAt
            WHERE id = :id AND current_on = :from AND ended_at IS NULL""")
    int advance(long id, LocalDate from, LocalDate to, Instant advanceAt);

    /**
     * Moves the series back from {@code from} to the occurrence before it, {@code to}, whose due
     * time makes the next again ({@code advanceAt}; none once the series has ended). 0 when it had
     * moved on from {@code from} meanwhile.
     */
    @SqlUpdate("""
            UPDATE commitment_series
            SET current_on = :to, advance_at = CASE WHEN ended_at IS NULL THEN CAST(:advanceAt AS TIMESTAMPTZ) END
            WHERE id = :id AND current_on = :from""")
    int moveBack(long id, LocalDate from, LocalDate to, Instant advanceAt);

    /** Ends the series: no occurrence after its latest; 0 when it had ended already. */
    @SqlUpdate("""
            UPDATE commitment_series SET ended_at = :now, ended_by = :endedBy, advance_at = NULL
            WHERE team_id = :teamId AND id = :id AND ended_at IS NULL""")
    int end(String teamId, long id, String endedBy, Instant now);

    @SqlQuery("""
            SELECT * FROM commitment_series WHERE team_id = :teamId AND owner_id = :ownerId AND ended_at IS NULL
            ORDER BY advance_at, id LIMIT :limit""")
    List<SeriesRow> runningOf(String teamId, String ownerId, int limit);

    @SqlQuery("SELECT * FROM commitment_series WHERE team_id = :teamId AND id = ANY(:ids)")
    List<SeriesRow> findAll(String teamId, long[] ids);

    @SqlUpdate("""
            DELETE FROM commitment_series WHERE ctid = ANY(ARRAY(
                SELECT ctid FROM commitment_series WHERE team_id = :teamId LIMIT :batchSize))""")
    int forgetSome(String teamId, int batchSize);
}
