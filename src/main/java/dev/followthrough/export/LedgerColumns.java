package dev.followthrough.export;

import java.util.List;

/** The ledger file's columns, in order: its header row, and what the README describes. */
final class LedgerColumns {

    static final List<String> HEADER = List.of(
            "commitment_id",
            "task",
            "counterparty",
            "counterparty_slack_id",
            "direction",
            "channel",
            "created_at",
            "status",
            "event",
            "event_at",
            "by",
            "deadline",
            "firmness",
            "timing",
            "old_deadline",
            "new_deadline",
            "reason",
            "outcome");

    private LedgerColumns() {}
}
