-- OA Kit JDBC store, version 2. ${json} is JSON on H2 and JSONB on PostgreSQL.
-- Payloads are the self-describing JSON documents of docs/storage-format.md, kept in a JSON column so
-- that a host can query them (on PostgreSQL: payload->>'subject', payload->'events'). Ids, units and
-- the people of an index hold up to 255 characters (StorageLimits.MAX_ID_LENGTH).
-- The migration refuses a database that already holds aggregates (checked by V2__JsonPayloads before this
-- script): those are in the positional text format of pre-release builds, which no release reads.
ALTER TABLE oa_aggregate DROP COLUMN payload;
ALTER TABLE oa_aggregate ADD COLUMN payload ${json} NOT NULL;
ALTER TABLE oa_aggregate ALTER COLUMN id SET DATA TYPE VARCHAR(255);
ALTER TABLE oa_aggregate ALTER COLUMN unit SET DATA TYPE VARCHAR(255);
ALTER TABLE oa_pending ALTER COLUMN id SET DATA TYPE VARCHAR(255);
ALTER TABLE oa_pending ALTER COLUMN person SET DATA TYPE VARCHAR(255);
ALTER TABLE oa_number ALTER COLUMN unit_code SET DATA TYPE VARCHAR(255);
