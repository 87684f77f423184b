-- Escalation, opt-in per channel: a promise still missed after this many of its owner's working
-- hours is raised in its thread (escalate_to NULL) or with a contact (a Slack user) by DM.
ALTER TABLE channel_settings
    ADD COLUMN escalate_after_hours INT  NULL CHECK (escalate_after_hours BETWEEN 1 AND 200),
    ADD COLUMN escalate_to          TEXT NULL;

-- What the owner was told, and whether it was raised, per deadline: a renegotiated deadline is a
-- new version, so one missed again may be raised again, but one version never twice.
CREATE TABLE escalations (
    team_id          TEXT        NOT NULL,
    commitment_id    BIGINT      NOT NULL,
    deadline_version INT         NOT NULL,
    owner_told_at    TIMESTAMPTZ NOT NULL,
    raised_at        TIMESTAMPTZ NULL,
    PRIMARY KEY (team_id, commitment_id, deadline_version)
);
