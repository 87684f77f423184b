-- A channel may ask for a weekly team digest of the promises made in it: on a day and at a time in
-- the zone of whoever set it, posted in the channel or sent as a DM to the person who asked.
ALTER TABLE channel_settings
    ADD COLUMN team_digest       BOOLEAN NOT NULL DEFAULT FALSE,
    ADD COLUMN team_digest_day   TEXT    NOT NULL DEFAULT 'MONDAY'
        CHECK (team_digest_day IN ('MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY', 'SUNDAY')),
    ADD COLUMN team_digest_time  TIME    NOT NULL DEFAULT '09:00',
    ADD COLUMN team_digest_zone  TEXT,
    -- Null: the channel. Otherwise the Slack user who asked for it as a DM.
    ADD COLUMN team_digest_to    TEXT,
    -- When the digest was last turned on or moved: a week whose moment came before it is skipped.
    ADD COLUMN team_digest_since TIMESTAMPTZ,
    ADD CHECK (NOT team_digest OR (team_digest_zone IS NOT NULL AND team_digest_since IS NOT NULL));

CREATE INDEX channel_settings_team_digest ON channel_settings (team_id, channel_id) WHERE team_digest;
