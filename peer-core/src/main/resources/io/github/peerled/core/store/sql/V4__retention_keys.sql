-- Peerled event store, schema version 4 (PostgreSQL 13 or newer): the sessions' retention keys.
--
-- Safe to run again: every object is created only if it is missing.
--
-- A store whose keys are kept in this database (MemberKeyStore.jdbc) seals the text of each
-- contribution a second time, under a key of its session, so that the text can expire under the
-- group's retention setting while the member stays. The expiry (a ContributionTextExpired event)
-- deletes the sessions' key rows in the same transaction as its append: the event and the erasure
-- commit together or not at all. What was sealed with a deleted key can never be read again. A
-- deleted row stays on disk as a dead tuple until VACUUM reclaims it, and in the write-ahead log,
-- its archives, replicas and backups: keep those apart.

-- The latest generation of each session's retention key: no secret, only the count.
CREATE TABLE IF NOT EXISTS peerled_retention_key_generations (
  group_id       text COLLATE "C" NOT NULL,
  session_id     text COLLATE "C" NOT NULL,
  generation     integer NOT NULL CHECK (generation >= 0),
  PRIMARY KEY (group_id, session_id)
);

-- The live retention key of each session: at most one, of the generation counted above. An expiry
-- deletes the row.
CREATE TABLE IF NOT EXISTS peerled_retention_keys (
  group_id       text COLLATE "C" NOT NULL,
  session_id     text COLLATE "C" NOT NULL,
  generation     integer NOT NULL CHECK (generation >= 1),
  key            bytea NOT NULL CHECK (length(key) IN (16, 32)),
  created_at     timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (group_id, session_id)
);

INSERT INTO peerled_schema_version (version) VALUES (4) ON CONFLICT (version) DO NOTHING;
