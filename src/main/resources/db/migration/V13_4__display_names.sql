-- How Slack names a person or a channel, for what Slack shows as plain text (labels, typed-in
-- values, form errors) and for calendars: there a mention would show as a raw code. Kept apart from
-- users, which holds only the people who use the app.
CREATE TABLE display_names (
    team_id    TEXT        NOT NULL,
    slack_id   TEXT        NOT NULL,
    name       TEXT        NOT NULL,
    fetched_at TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (team_id, slack_id)
);
