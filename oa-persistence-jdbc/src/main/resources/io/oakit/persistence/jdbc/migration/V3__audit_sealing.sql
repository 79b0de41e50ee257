-- OA Kit JDBC store, version 3: the audit log is sequenced, then sealed.
-- A unit of work only inserts its entries here, each with a receipt from a sequence (no lock that
-- another writer waits for); the sealing step moves committed entries, in receipt order, into
-- oa_audit with their sequence and hashes, under the head row's lock (sealers wait for one another,
-- writers never do). Entries written by earlier versions are already sealed in oa_audit.
CREATE SEQUENCE oa_audit_receipt;
CREATE TABLE oa_audit_unsealed (
  receipt BIGINT PRIMARY KEY,
  at_instant VARCHAR(40) NOT NULL,
  actor ${text} NOT NULL,
  action ${text} NOT NULL,
  subject ${text} NOT NULL,
  detail ${text} NOT NULL
);
