-- Which channels a user keeps on their App Home's Team section. A channel they set up is there
-- unless they unfollowed it; any other channel once they followed it.
CREATE TABLE channel_follows (
    team_id    TEXT        NOT NULL,
    user_id    TEXT        NOT NULL,
    channel_id TEXT        NOT NULL,
    following  BOOLEAN     NOT NULL,
    changed_at TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (team_id, user_id, channel_id)
);
