-- A promise made from a message keeps a link to it; its channel posts reply in that message's thread.
ALTER TABLE commitments ADD COLUMN source_permalink TEXT;
