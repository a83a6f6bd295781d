-- Peerled event store, schema version 1 (PostgreSQL 13 or newer).
--
-- Safe to run again: every object is created only if it is missing. A group's version is the
-- largest sequence number of its events, never a second copy that could drift from them.

-- One row per event. position numbers all events of all groups in the order of their inserts
-- (not of their commits). sequence numbers one group's events 1, 2, 3, ... without gaps, and the
-- unique key (group_id, sequence) is the optimistic-concurrency check: of two appends that extend
-- the same version, one fails with a unique violation and writes nothing. txid is the writing
-- transaction, so that a reader of all groups can tell which positions may still be followed by
-- events of transactions that have not committed yet. payload is the event's JSON exactly as the
-- store wrote it, type first (json, not jsonb: jsonb would reorder the keys and spaces, which the
-- store's fast reader of long logs relies on, and would cost a conversion on every read). Cast it
-- to jsonb to query it.
CREATE TABLE IF NOT EXISTS peerled_events (
  position       bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  group_id       text COLLATE "C" NOT NULL,
  sequence       bigint NOT NULL CHECK (sequence >= 1),
  type           text NOT NULL,
  schema_version integer NOT NULL,
  payload        json NOT NULL,
  recorded_at    timestamptz NOT NULL DEFAULT now(),
  txid           xid8 NOT NULL DEFAULT pg_current_xact_id(),
  CONSTRAINT peerled_events_group_sequence UNIQUE (group_id, sequence)
);

-- At most one snapshot per group: its state at version sequence. event_position is the position
-- of the group's event sequence when the snapshot was saved, which ties the snapshot to that log.
-- A snapshot is a cache; the events stay the source of truth.
CREATE TABLE IF NOT EXISTS peerled_snapshots (
  group_id       text COLLATE "C" PRIMARY KEY,
  sequence       bigint NOT NULL CHECK (sequence >= 1),
  event_position bigint NOT NULL,
  format         integer NOT NULL,
  state          jsonb NOT NULL,
  saved_at       timestamptz NOT NULL DEFAULT now()
);

-- How far each reader of all groups' events has come: the position up to which it has handled
-- every event.
CREATE TABLE IF NOT EXISTS peerled_checkpoints (
  subscriber     text COLLATE "C" PRIMARY KEY,
  position       bigint NOT NULL CHECK (position >= 0),
  updated_at     timestamptz NOT NULL DEFAULT now()
);

-- The versions of this schema that have been applied.
CREATE TABLE IF NOT EXISTS peerled_schema_version (
  version        integer PRIMARY KEY,
  applied_at     timestamptz NOT NULL DEFAULT now()
);

INSERT INTO peerled_schema_version (version) VALUES (1) ON CONFLICT (version) DO NOTHING;
