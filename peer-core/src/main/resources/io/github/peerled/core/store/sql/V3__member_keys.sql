-- Peerled event store, schema version 3 (PostgreSQL 13 or newer): the members' keys.
--
-- Safe to run again: every object is created only if it is missing.
--
-- A store whose member keys are kept in this database (MemberKeyStore.jdbc) seals each personal
-- value with its member's key, and forgetting a member deletes the member's key row in the same
-- transaction as the append of the forgetting: the event and the erasure commit together or not
-- at all. What was sealed with a deleted key can never be read again. A deleted row stays on disk
-- as a dead tuple until VACUUM reclaims it, and in backups: keep them apart.

-- The latest generation of each member's key: no secret, only the count, so that a key made after
-- a forgetting is of the next generation and never opens what the old one sealed.
CREATE TABLE IF NOT EXISTS peerled_member_key_generations (
  group_id       text COLLATE "C" NOT NULL,
  member_id      text COLLATE "C" NOT NULL,
  generation     integer NOT NULL CHECK (generation >= 0),
  PRIMARY KEY (group_id, member_id)
);

-- The live key of each member: at most one, of the generation counted above. A forgetting deletes
-- the row.
CREATE TABLE IF NOT EXISTS peerled_member_keys (
  group_id       text COLLATE "C" NOT NULL,
  member_id      text COLLATE "C" NOT NULL,
  generation     integer NOT NULL CHECK (generation >= 1),
  key            bytea NOT NULL CHECK (length(key) IN (16, 32)),
  created_at     timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (group_id, member_id)
);

INSERT INTO peerled_schema_version (version) VALUES (3) ON CONFLICT (version) DO NOTHING;
