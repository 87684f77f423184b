package dev.followthrough.ledger;

import dev.followthrough.commitment.CommitmentEvent;
import dev.followthrough.commitment.EditedField;
import dev.followthrough.commitment.EventKind;
import dev.followthrough.commitment.Firmness;
import dev.followthrough.commitment.Timing;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Optional;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.StatementContext;

/**
 * Reads an event back from its {@code commitment_events} columns, selected with a prefix ({@code
 * e.timing AS event_timing}) beside the commitment they belong to.
 */
public final class CommitmentEventColumns implements RowMapper<CommitmentEventColumns.Joined> {

    /** {@link #select} of alias {@code e}, as a constant a statement annotation can hold. */
    static final String SELECTED = "e.kind AS event_kind, e.actor_id AS event_actor_id, e.at AS event_at,"
            + " e.timing AS event_timing, e.old_due_at AS event_old_due_at, e.old_firmness AS event_old_firmness,"
            + " e.new_due_at AS event_new_due_at, e.new_firmness AS event_new_firmness,"
            + " e.edited_fields AS event_edited_fields, e.remind_at AS event_remind_at, e.reason AS event_reason";

    /** The event an outer join found beside its commitment, if it found one. */
    public record Joined(Optional<CommitmentEvent> event) {}

    @Override
    public Joined map(ResultSet row, StatementContext context) throws SQLException {
        return new Joined(read(row));
    }

    /** The columns to select from {@code alias}, each named {@code event_<column>}. */
    static String select(String alias) {
        return String.join(
                ", ",
                Arrays.stream(new String[] {
                            "kind",
                            "actor_id",
                            "at",
                            "timing",
                            "old_due_at",
                            "old_firmness",
                            "new_due_at",
                            "new_firmness",
                            "edited_fields",
                            "remind_at",
                            "reason"
                        })
                        .map(column -> alias + "." + column + " AS event_" + column)
                        .toList());
    }

    /** The event on this row, or empty where an outer join found none. */
    static Optional<CommitmentEvent> read(ResultSet row) throws SQLException {
        var kind = row.getString("event_kind");
        if (kind == null) {
            return Optional.empty();
        }
        return Optional.of(new CommitmentEvent(
                EventKind.valueOf(kind),
                Optional.ofNullable(row.getString("event_actor_id")),
                instant(row, "event_at").orElseThrow(),
                Optional.ofNullable(row.getString("event_timing")).map(Timing::valueOf),
                instant(row, "event_old_due_at"),
                Optional.ofNullable(row.getString("event_old_firmness")).map(Firmness::valueOf),
                instant(row, "event_new_due_at"),
                Optional.ofNullable(row.getString("event_new_firmness")).map(Firmness::valueOf),
                edited(row),
                instant(row, "event_remind_at"),
                Optional.ofNullable(row.getString("event_reason"))));
    }

    private static EnumSet<EditedField> edited(ResultSet row) throws SQLException {
        var fields = EnumSet.noneOf(EditedField.class);
        var array = row.getArray("event_edited_fields");
        if (array != null) {
            for (var name : (String[]) array.getArray()) {
                fields.add(EditedField.valueOf(name));
            }
        }
        return fields;
    }

    private static Optional<Instant> instant(ResultSet row, String column) throws SQLException {
        return Optional.ofNullable(row.getTimestamp(column)).map(Timestamp::toInstant);
    }
}
