-- A recurring promise ("every Friday send the pipeline update"): the template of its occurrences,
-- its schedule, and which occurrence is the latest. Each occurrence is a commitment of its own.
CREATE TABLE commitment_series (
    id                   BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    team_id              TEXT        NOT NULL,
    owner_id             TEXT        NOT NULL,
    what                 TEXT        NOT NULL CHECK (length(what) BETWEEN 1 AND 1000),
    direction            TEXT        NOT NULL CHECK (direction IN ('MINE', 'THEIRS')),
    counterparty_user_id TEXT,
    counterparty_name    TEXT,
    channel_id           TEXT,
    -- The rule as the deadline language stores it ("WEEKLY 2 TUESDAY"), at a wall time in a zone.
    rule                 TEXT        NOT NULL,
    time_of_day          TIME        NOT NULL,
    zone                 TEXT        NOT NULL,
    -- The first occurrence's day: "every other week" counts from it.
    anchor_on            DATE        NOT NULL,
    phrase               TEXT        NOT NULL,
    -- The latest occurrence's day, and when the one after it is made (that occurrence's due time);
    -- no next once the series has ended.
    current_on           DATE        NOT NULL,
    advance_at           TIMESTAMPTZ,
    ended_at             TIMESTAMPTZ,
    ended_by             TEXT,
    created_at           TIMESTAMPTZ NOT NULL,
    CHECK (counterparty_user_id IS NULL OR counterparty_name IS NULL),
    CHECK ((ended_at IS NULL) = (advance_at IS NOT NULL))
);

CREATE INDEX commitment_series_advance_at ON commitment_series (advance_at) WHERE advance_at IS NOT NULL;
CREATE INDEX commitment_series_owner ON commitment_series (team_id, owner_id) WHERE ended_at IS NULL;

-- An occurrence names its series and its day; one commitment per (series, day), however often a
-- sweep, a retry or a second instance makes it.
ALTER TABLE commitments
    ADD COLUMN series_id     BIGINT REFERENCES commitment_series (id) ON DELETE SET NULL,
    ADD COLUMN occurrence_on DATE,
    ADD CHECK (series_id IS NULL OR occurrence_on IS NOT NULL);

CREATE UNIQUE INDEX commitments_series_occurrence ON commitments (series_id, occurrence_on);
