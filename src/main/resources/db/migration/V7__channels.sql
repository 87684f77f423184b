-- A commitment made in a channel belongs to it: the channel sees it come due, slip or be kept.

CREATE TABLE channel_settings (
    team_id        TEXT        NOT NULL,
    channel_id     TEXT        NOT NULL,
    thread_posts   BOOLEAN     NOT NULL DEFAULT TRUE,
    summaries      BOOLEAN     NOT NULL DEFAULT TRUE,
    summary_time   TIME        NOT NULL DEFAULT '09:30',
    -- The zone of whoever configured the channel: its summary comes at their 09:30.
    summary_zone   TEXT        NOT NULL,
    updated_by     TEXT        NOT NULL,
    updated_at     TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (team_id, channel_id)
);

-- Who changed a channel's settings, and how.
CREATE TABLE channel_events (
    id         BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    team_id    TEXT        NOT NULL,
    channel_id TEXT        NOT NULL,
    actor_id   TEXT        NOT NULL,
    at         TIMESTAMPTZ NOT NULL,
    change     TEXT        NOT NULL
);

CREATE INDEX channel_events_channel ON channel_events (team_id, channel_id, at);
CREATE INDEX commitments_channel ON commitments (team_id, channel_id) WHERE channel_id IS NOT NULL;

-- Replies in a commitment's channel thread find the post that started it.
CREATE INDEX outbox_commitment ON outbox (commitment_id, recipient) WHERE commitment_id IS NOT NULL;
