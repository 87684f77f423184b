-- Every message Followthrough sends on its own (not as an answer to a request) goes through here:
-- the row is inserted in the same transaction as the state change it announces, and a dispatcher
-- sends it once, in order per recipient, retrying what Slack may still accept.
CREATE TABLE outbox (
    id              BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    team_id         TEXT        NOT NULL,
    -- Composed by the caller from what the message is about, e.g. nudge:42:v1:1440.
    dedupe_key      TEXT        NOT NULL,
    -- The user or channel id the message goes to; one recipient's messages go out in id order.
    recipient       TEXT        NOT NULL,
    -- No foreign key: the outbox belongs to the platform, knows no feature's tables, and may outlive a commitment.
    commitment_id   BIGINT,
    -- A new method needs its name here and its call in the dispatcher.
    method          TEXT        NOT NULL CHECK (method IN ('chat.postMessage', 'chat.update')),
    channel         TEXT        NOT NULL,
    text            TEXT        NOT NULL,
    blocks          JSONB,
    thread_ts       TEXT,
    -- The message chat.update changes.
    message_ts      TEXT,
    status          TEXT        NOT NULL DEFAULT 'PENDING' CHECK (status IN ('PENDING', 'SENT', 'FAILED')),
    attempts        INTEGER     NOT NULL DEFAULT 0,
    next_attempt_at TIMESTAMPTZ NOT NULL,
    last_error      TEXT,
    sent_at         TIMESTAMPTZ,
    -- Where Slack put the message: a post to a user id lands in a DM channel the caller needs for updates.
    result_channel  TEXT,
    result_ts       TEXT,
    created_at      TIMESTAMPTZ NOT NULL,
    UNIQUE (team_id, dedupe_key),
    CHECK (method <> 'chat.update' OR message_ts IS NOT NULL),
    CHECK (status <> 'SENT' OR (sent_at IS NOT NULL AND result_channel IS NOT NULL AND result_ts IS NOT NULL))
);

CREATE INDEX outbox_pending_due ON outbox (next_attempt_at, id) WHERE status = 'PENDING';
CREATE INDEX outbox_pending_recipient ON outbox (team_id, recipient, id) WHERE status = 'PENDING';
