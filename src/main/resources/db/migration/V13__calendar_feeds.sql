-- A calendar feed's token moves to a table of the calendar's own, so the users table has one writer.
CREATE TABLE calendar_feeds (
    team_id    TEXT        NOT NULL,
    user_id    TEXT        NOT NULL,
    -- The secret in the user's feed URL; replaced to revoke the old URL.
    token      TEXT        NOT NULL,
    updated_at TIMESTAMPTZ NOT NULL DEFAULT now(),
    PRIMARY KEY (team_id, user_id)
);

INSERT INTO calendar_feeds (team_id, user_id, token, updated_at)
SELECT team_id, user_id, calendar_feed_token, updated_at FROM users WHERE calendar_feed_token IS NOT NULL;

ALTER TABLE users DROP COLUMN calendar_feed_token;
