-- What to tell the owner of a message sent on their behalf (a renegotiation to the other side),
-- enqueued by the dispatcher in the transaction that marks the row SENT or FAILED: the owner is
-- never told a message arrived before it did.
ALTER TABLE outbox ADD COLUMN confirmation JSONB;

-- Set once Slack refused the blocks (invalid_blocks, msg_too_long) and the row was rewritten as its
-- plain-text fallback: a fallback that is refused too is not tried again.
ALTER TABLE outbox ADD COLUMN fell_back BOOLEAN NOT NULL DEFAULT FALSE;
