-- Secrets the app makes for itself on first start and every instance shares: kept here so that
-- links signed with them survive restarts and work whichever instance answers.
CREATE TABLE app_secrets (
    name       TEXT        PRIMARY KEY,
    value      BYTEA       NOT NULL,
    created_at TIMESTAMPTZ NOT NULL DEFAULT now()
);

-- The secret in a user's calendar feed URL; replaced to revoke the old URL, null until first asked for.
ALTER TABLE users ADD COLUMN calendar_feed_token TEXT;
