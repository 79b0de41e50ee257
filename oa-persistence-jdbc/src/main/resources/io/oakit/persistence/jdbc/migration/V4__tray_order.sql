-- OA Kit JDBC store, version 4: a person's tray is read in its order from the tray table itself.
-- Each tray row keeps its aggregate's due instant (or '~' when it has none, so undated items come
-- last), and the index (kind, person, due_key, id) gives a page of a tray without sorting every
-- item the person holds.
ALTER TABLE oa_pending ADD COLUMN due_key VARCHAR(29) DEFAULT '~' NOT NULL;
UPDATE oa_pending SET due_key = COALESCE((SELECT a.due_at FROM oa_aggregate a
  WHERE a.kind = oa_pending.kind AND a.id = oa_pending.id), '~');
DROP INDEX oa_pending_person;
CREATE INDEX oa_pending_tray ON oa_pending (kind, person, due_key, id);
