-- Each user's ledger download link: the secret in its URL, until they revoke it (the row goes).
CREATE TABLE ledger_exports (
    team_id    TEXT        NOT NULL,
    user_id    TEXT        NOT NULL,
    token      TEXT        NOT NULL,
    created_at TIMESTAMPTZ NOT NULL DEFAULT now(),
    PRIMARY KEY (team_id, user_id)
);
