-- A next step remembers the commitment it came from; each commitment has at most one, so a second
-- press of an old "Record the next step", or a second open copy of its form, records nothing more.
ALTER TABLE commitments ADD COLUMN next_step_of BIGINT REFERENCES commitments (id);
CREATE UNIQUE INDEX commitments_one_next_step ON commitments (team_id, next_step_of) WHERE next_step_of IS NOT NULL;
