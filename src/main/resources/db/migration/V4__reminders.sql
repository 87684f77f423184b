-- What the due sweep needs to know to act once and on time.

ALTER TABLE commitments
    -- When the current deadline was set: nudges whose moment was already past then are skipped.
    ADD COLUMN deadline_set_at    TIMESTAMPTZ,
    -- Nudge moments at or before this have been handled (sent, or folded into a later one).
    ADD COLUMN nudged_through     TIMESTAMPTZ,
    ADD COLUMN last_nudged_at     TIMESTAMPTZ,
    ADD COLUMN snoozed_until      TIMESTAMPTZ,
    -- "Followed up only": when the owner said the next update would be.
    ADD COLUMN follow_up_at       TIMESTAMPTZ,
    ADD COLUMN firm_up_prompted_at TIMESTAMPTZ;

UPDATE commitments SET deadline_set_at = created_at, nudged_through = created_at;

ALTER TABLE commitments
    ALTER COLUMN deadline_set_at SET NOT NULL,
    ALTER COLUMN nudged_through SET NOT NULL;

