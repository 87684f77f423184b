-- The dispatcher leases rows instead of holding a transaction open across the Web API call: a row
-- is PENDING and leased while one instance sends it; a crashed instance's leases run out and another
-- instance takes the rows again.
ALTER TABLE outbox ADD COLUMN lease_owner TEXT;
ALTER TABLE outbox ADD COLUMN lease_until TIMESTAMPTZ;

-- CANCELLED: never to be sent, its workspace is gone (uninstalled, tokens revoked).
ALTER TABLE outbox DROP CONSTRAINT outbox_status_check;
ALTER TABLE outbox ADD CONSTRAINT outbox_status_check
    CHECK (status IN ('PENDING', 'SENT', 'FAILED', 'CANCELLED'));

-- The claim reads one workspace's due rows in due order.
CREATE INDEX outbox_pending_team_due ON outbox (team_id, next_attempt_at, id) WHERE status = 'PENDING';

-- Which instance paces which workspace: one at a time, so two instances never both spend a
-- workspace's whole rate limit. Held for a short while, renewed while there is work, then let go.
CREATE TABLE dispatch_workspaces (
    team_id TEXT        PRIMARY KEY,
    owner   TEXT        NOT NULL,
    until   TIMESTAMPTZ NOT NULL
);

-- The dispatching instances alive now: each takes its share of the workspaces with work.
CREATE TABLE dispatchers (
    owner       TEXT        PRIMARY KEY,
    alive_until TIMESTAMPTZ NOT NULL
);
