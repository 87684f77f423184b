-- App Home: who has opened it (so it is kept current), the hash of the last view published (so an
-- older render never overwrites a newer one), and whether it is out of date.
CREATE TABLE home_views (
    team_id      TEXT        NOT NULL,
    user_id      TEXT        NOT NULL,
    hash         TEXT,
    dirty        BOOLEAN     NOT NULL DEFAULT TRUE,
    -- Counts changes, so a publish only clears what it actually rendered.
    version      BIGINT      NOT NULL DEFAULT 0,
    expanded     TEXT        NOT NULL DEFAULT '',
    published_at TIMESTAMPTZ,
    PRIMARY KEY (team_id, user_id)
);

CREATE INDEX home_views_dirty ON home_views (team_id, user_id) WHERE dirty;
