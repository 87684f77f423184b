-- Reminders to one person in the same minute go out as one message (a fold). A press on one
-- promise's button in it must change that promise's part only, and a later press on another must
-- keep what the first said: so the fold's parts, as they now stand, are kept here. The message is
-- found again through its outbox row (fold_key is that row's dedupe key, whose result holds the ts).
CREATE TABLE reminder_folds (
    team_id    TEXT        NOT NULL,
    fold_key   TEXT        NOT NULL,
    -- The notification text every update of the message keeps.
    text       TEXT        NOT NULL,
    created_at TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (team_id, fold_key)
);

CREATE TABLE reminder_fold_parts (
    team_id       TEXT    NOT NULL,
    fold_key      TEXT    NOT NULL,
    position      INTEGER NOT NULL,
    -- Null for the parts that belong to no promise: the heading, the advice, "and N more".
    commitment_id BIGINT,
    blocks        JSONB   NOT NULL,
    PRIMARY KEY (team_id, fold_key, position),
    FOREIGN KEY (team_id, fold_key) REFERENCES reminder_folds (team_id, fold_key) ON DELETE CASCADE
);

-- A press names its commitment: the folds it was part of are found from there.
CREATE INDEX reminder_fold_parts_commitment ON reminder_fold_parts (team_id, commitment_id)
    WHERE commitment_id IS NOT NULL;
