-- Peerled event store, schema version 2 (PostgreSQL 13 or newer): the feed of all groups' events.
--
-- Safe to run again: every object is created only if it is missing.
--
-- The feed reads events in the order (txid, position) and only those whose txid is below the
-- oldest transaction still running (pg_snapshot_xmin(pg_current_snapshot())): every transaction
-- that can still commit an event has a txid at least that bound, so it sorts after everything
-- read so far, and no event that commits late is ever passed over. Position order alone would not
-- do: a transaction may take a position below one of an older transaction that has already
-- committed.
CREATE INDEX IF NOT EXISTS peerled_events_feed ON peerled_events (txid, position);

-- A subscriber's checkpoint is the (txid, position) of the last event it acknowledged; 0 and 0
-- before the first.
ALTER TABLE peerled_checkpoints ADD COLUMN IF NOT EXISTS txid xid8 NOT NULL DEFAULT '0';

INSERT INTO peerled_schema_version (version) VALUES (2) ON CONFLICT (version) DO NOTHING;
