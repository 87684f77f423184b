-- Every row carries team_id: one database serves many workspaces.

CREATE TABLE users (
    team_id            TEXT        NOT NULL,
    user_id            TEXT        NOT NULL,
    -- From Slack's users.info; refreshed when older than a day.
    time_zone          TEXT,
    locale             TEXT,
    profile_fetched_at TIMESTAMPTZ,
    -- Settings.
    work_days          TEXT        NOT NULL DEFAULT 'MONDAY,TUESDAY,WEDNESDAY,THURSDAY,FRIDAY',
    work_start         TIME        NOT NULL DEFAULT '09:00',
    work_end           TIME        NOT NULL DEFAULT '18:00',
    end_of_day         TIME        NOT NULL DEFAULT '17:00',
    nudge_lead_minutes INTEGER[]   NOT NULL DEFAULT '{1440,60}',
    created_at         TIMESTAMPTZ NOT NULL DEFAULT now(),
    updated_at         TIMESTAMPTZ NOT NULL DEFAULT now(),
    PRIMARY KEY (team_id, user_id),
    CHECK (work_start < work_end)
);

CREATE TABLE commitments (
    id                   BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    team_id              TEXT        NOT NULL,
    owner_id             TEXT        NOT NULL,
    what                 TEXT        NOT NULL CHECK (length(what) BETWEEN 1 AND 1000),
    direction            TEXT        NOT NULL CHECK (direction IN ('MINE', 'THEIRS')),
    -- The counterparty is a Slack user id or free text ("Acme"), never both.
    counterparty_user_id TEXT,
    counterparty_name    TEXT,
    firmness             TEXT        NOT NULL CHECK (firmness IN ('HARD', 'SOFT')),
    -- A hard commitment has a due instant; a soft one may have a target (the end of the period it names).
    due_at               TIMESTAMPTZ,
    target_at            TIMESTAMPTZ,
    due_phrase           TEXT        NOT NULL DEFAULT '',
    due_zone             TEXT        NOT NULL,
    -- Bumped whenever the deadline moves, so messages keyed on it are sent once per deadline.
    deadline_version     INTEGER     NOT NULL DEFAULT 1,
    status               TEXT        NOT NULL CHECK (status IN ('OPEN', 'MISSED', 'KEPT', 'CANCELLED', 'UNDONE')),
    closed_at            TIMESTAMPTZ,
    channel_id           TEXT,
    message_ts           TEXT,
    next_check_at        TIMESTAMPTZ,
    created_at           TIMESTAMPTZ NOT NULL,
    updated_at           TIMESTAMPTZ NOT NULL,
    CHECK (counterparty_user_id IS NULL OR counterparty_name IS NULL),
    CHECK (firmness = 'SOFT' OR due_at IS NOT NULL)
);

CREATE INDEX commitments_next_check_at ON commitments (next_check_at) WHERE next_check_at IS NOT NULL;
CREATE INDEX commitments_owner_status ON commitments (team_id, owner_id, status);

CREATE TABLE commitment_events (
    id            BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    team_id       TEXT        NOT NULL,
    commitment_id BIGINT      NOT NULL REFERENCES commitments (id) ON DELETE CASCADE,
    -- The Slack user who acted; null when Followthrough itself did.
    actor_id      TEXT,
    kind          TEXT        NOT NULL,
    at            TIMESTAMPTZ NOT NULL,
    old_due_at    TIMESTAMPTZ,
    new_due_at    TIMESTAMPTZ,
    detail        TEXT
);

CREATE INDEX commitment_events_commitment ON commitment_events (commitment_id, at);

-- Slack retries a request it thinks timed out, and a trigger_id arrives once per user action:
-- a key seen before gets the answer it got the first time, and nothing is done twice.
CREATE TABLE processed_requests (
    team_id     TEXT        NOT NULL,
    request_key TEXT        NOT NULL,
    response    TEXT,
    created_at  TIMESTAMPTZ NOT NULL DEFAULT now(),
    PRIMARY KEY (team_id, request_key)
);

CREATE INDEX processed_requests_created_at ON processed_requests (created_at);
