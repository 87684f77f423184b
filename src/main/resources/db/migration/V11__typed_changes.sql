-- Each event records the change the domain decided, typed, so the score can be reckoned again
-- from history alone: its timing against the deadline in force, how firm the deadline was before
-- and after it moved, what an edit corrected and when to remind again. Until now these were one
-- free-text detail; what a person typed (a cancel's reason) keeps a column of its own.
ALTER TABLE commitment_events
    ADD COLUMN timing        TEXT CHECK (timing IN ('BY_THE_DEADLINE', 'AFTER_THE_DEADLINE')),
    ADD COLUMN old_firmness  TEXT CHECK (old_firmness IN ('HARD', 'SOFT')),
    ADD COLUMN new_firmness  TEXT CHECK (new_firmness IN ('HARD', 'SOFT')),
    ADD COLUMN edited_fields TEXT[] NOT NULL DEFAULT '{}',
    ADD COLUMN remind_at     TIMESTAMPTZ;

ALTER TABLE commitment_events RENAME COLUMN detail TO reason;

-- Existing rows, read into the new columns. A hard deadline always had an instant, a soft one never.
UPDATE commitment_events SET timing = 'BY_THE_DEADLINE', reason = NULL
 WHERE kind = 'KEPT' AND reason = 'on time';
UPDATE commitment_events SET timing = 'AFTER_THE_DEADLINE', reason = NULL
 WHERE kind = 'KEPT' AND reason = 'late';
UPDATE commitment_events SET timing = 'BY_THE_DEADLINE', reason = NULL
 WHERE kind = 'RENEGOTIATED' AND reason = 'before the deadline';
UPDATE commitment_events SET timing = 'AFTER_THE_DEADLINE', reason = NULL
 WHERE kind = 'RENEGOTIATED' AND reason = 'after the deadline';
UPDATE commitment_events SET reason = NULL WHERE kind = 'FIRMED_UP' AND reason = 'firmed up';
UPDATE commitment_events SET remind_at = CAST(substring(reason FROM 7) AS TIMESTAMPTZ), reason = NULL
 WHERE kind = 'SNOOZED' AND reason ~ '^until \d{4}-\d\d-\d\dT';
UPDATE commitment_events SET remind_at = CAST(substring(reason FROM 13) AS TIMESTAMPTZ), reason = NULL
 WHERE kind = 'FOLLOWED_UP' AND reason ~ '^next update \d{4}-\d\d-\d\dT';
UPDATE commitment_events
   SET edited_fields = string_to_array(upper(replace(reason, ' ', '')), ','), reason = NULL
 WHERE kind = 'EDITED' AND reason ~ '^(what|counterparty|direction|deadline)(, (what|counterparty|direction|deadline))*$';
-- An edit that left the deadline alone recorded it unchanged: it moved nothing.
UPDATE commitment_events SET old_due_at = NULL, new_due_at = NULL
 WHERE kind = 'EDITED' AND NOT ('DEADLINE' = ANY (edited_fields));
UPDATE commitment_events SET new_firmness = CASE WHEN new_due_at IS NULL THEN 'SOFT' ELSE 'HARD' END
 WHERE kind IN ('CREATED', 'RENEGOTIATED', 'FIRMED_UP')
    OR (kind = 'EDITED' AND 'DEADLINE' = ANY (edited_fields));
UPDATE commitment_events SET old_firmness = CASE WHEN old_due_at IS NULL THEN 'SOFT' ELSE 'HARD' END
 WHERE kind IN ('RENEGOTIATED', 'FIRMED_UP', 'MISSED')
    OR (kind = 'EDITED' AND 'DEADLINE' = ANY (edited_fields));
-- A cancel was called off against the deadline it still had.
UPDATE commitment_events e
   SET timing = CASE WHEN e.at > c.due_at THEN 'AFTER_THE_DEADLINE' ELSE 'BY_THE_DEADLINE' END
  FROM commitments c
 WHERE e.kind = 'CANCELLED' AND c.id = e.commitment_id AND c.due_at IS NOT NULL;
UPDATE commitment_events
   SET timing = CASE WHEN at > old_due_at THEN 'AFTER_THE_DEADLINE' ELSE 'BY_THE_DEADLINE' END
 WHERE kind = 'EDITED' AND old_due_at IS NOT NULL AND 'DEADLINE' = ANY (edited_fields);
