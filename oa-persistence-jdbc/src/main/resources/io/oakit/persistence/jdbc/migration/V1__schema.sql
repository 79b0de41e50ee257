-- OA Kit JDBC store, version 1. ${text} is CLOB on H2 and TEXT on PostgreSQL.
-- Instants and days are stored as fixed-width ISO text: exact to the nanosecond on every database,
-- and their text order is their time order (so keyset paging works on them).
CREATE TABLE oa_aggregate (
  kind VARCHAR(32) NOT NULL,
  id VARCHAR(200) NOT NULL,
  version BIGINT NOT NULL,
  payload ${text} NOT NULL,
  is_open BOOLEAN NOT NULL,
  due_at VARCHAR(29),
  unit VARCHAR(200),
  from_day VARCHAR(10),
  to_day VARCHAR(10),
  PRIMARY KEY (kind, id)
);
CREATE INDEX oa_aggregate_due ON oa_aggregate (kind, is_open, due_at, id);
CREATE INDEX oa_aggregate_unit ON oa_aggregate (kind, unit, due_at, id);
CREATE TABLE oa_pending (
  kind VARCHAR(32) NOT NULL,
  id VARCHAR(200) NOT NULL,
  person VARCHAR(200) NOT NULL,
  PRIMARY KEY (kind, id, person)
);
CREATE INDEX oa_pending_person ON oa_pending (kind, person);
CREATE TABLE oa_audit (
  sequence BIGINT PRIMARY KEY,
  at_instant VARCHAR(40) NOT NULL,
  actor ${text} NOT NULL,
  action ${text} NOT NULL,
  subject ${text} NOT NULL,
  detail ${text} NOT NULL,
  previous_hash VARCHAR(64) NOT NULL,
  hash VARCHAR(64) NOT NULL
);
CREATE TABLE oa_audit_head (
  id INT PRIMARY KEY,
  last_sequence BIGINT NOT NULL,
  last_hash VARCHAR(64) NOT NULL
);
INSERT INTO oa_audit_head (id, last_sequence, last_hash)
  VALUES (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');
CREATE TABLE oa_number (
  unit_code VARCHAR(200) NOT NULL,
  year_value INT NOT NULL,
  last_sequence BIGINT NOT NULL,
  PRIMARY KEY (unit_code, year_value)
);
CREATE TABLE oa_idempotency (
  idem_key VARCHAR(500) PRIMARY KEY,
  result ${text} NOT NULL
);
