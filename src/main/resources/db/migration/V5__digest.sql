-- The weekly DM digest: each user's own moment for it, and when the sweep should look at them next.

ALTER TABLE users
    -- The day and local time (in the user's own zone) the weekly digest goes out.
    ADD COLUMN digest_day        TEXT    NOT NULL DEFAULT 'MONDAY'
        CHECK (digest_day IN ('MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY', 'SUNDAY')),
    ADD COLUMN digest_time       TIME    NOT NULL DEFAULT '09:00',
    -- Whether a week with nothing to say still gets its one-line digest.
    ADD COLUMN digest_when_empty BOOLEAN NOT NULL DEFAULT TRUE,
    -- When the digest sweep looks at this user next; NULL means as soon as it can. Whoever changes
    -- the digest settings or the zone sets it to NULL, so the new moment is planned.
    ADD COLUMN digest_check_at   TIMESTAMPTZ,
    -- The ISO week (e.g. 2026-W48) of the last weekly digest: the outbox key makes it once, this makes the sweep cheap.
    ADD COLUMN digest_last_week  TEXT;

CREATE INDEX users_digest_check_at ON users (digest_check_at NULLS FIRST) WHERE time_zone IS NOT NULL;

