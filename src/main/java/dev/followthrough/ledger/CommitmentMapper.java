package dev.followthrough.ledger;

import dev.followthrough.commitment.Commitment;
import dev.followthrough.commitment.Counterparty;
import dev.followthrough.commitment.Direction;
import dev.followthrough.commitment.DueDate;
import dev.followthrough.commitment.Firmness;
import dev.followthrough.commitment.Reminders;
import dev.followthrough.commitment.Status;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.StatementContext;

public final class CommitmentMapper implements RowMapper<Commitment> {

    @Override
    public Commitment map(ResultSet row, StatementContext context) throws SQLException {
        return new Commitment(
                row.getLong("id"),
                row.getString("team_id"),
                row.getString("owner_id"),
                row.getString("what"),
                Direction.valueOf(row.getString("direction")),
                counterparty(row),
                new DueDate(
                        Firmness.valueOf(row.getString("firmness")),
                        instant(row, "due_at"),
                        instant(row, "target_at"),
                        row.getString("due_phrase"),
                        ZoneId.of(row.getString("due_zone")),
                        row.getInt("deadline_version"),
                        instant(row, "deadline_set_at").orElseThrow()),
                Status.valueOf(row.getString("status")),
                instant(row, "closed_at"),
                Optional.ofNullable(row.getString("channel_id")),
                new Reminders(
                        instant(row, "nudged_through").orElseThrow(),
                        instant(row, "last_nudged_at"),
                        instant(row, "snoozed_until"),
                        instant(row, "follow_up_at"),
                        instant(row, "firm_up_prompted_at")),
                instant(row, "created_at").orElseThrow(),
                instant(row, "updated_at").orElseThrow());
    }

    private static Optional<Counterparty> counterparty(ResultSet row) throws SQLException {
        var userId = row.getString("counterparty_user_id");
        if (userId != null) {
            return Optional.of(Counterparty.slackUser(userId));
        }
        return Optional.ofNullable(row.getString("counterparty_name")).map(Counterparty::named);
    }

    private static Optional<Instant> instant(ResultSet row, String column) throws SQLException {
        return Optional.ofNullable(row.getTimestamp(column)).map(Timestamp::toInstant);
    }
}
