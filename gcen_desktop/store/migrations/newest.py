"""The schema every migration up to REVISION makes, as the statements SQLite keeps: a new store is
made with them at once, without loading Alembic (`engine._create_newest`). REVISION is the one
head revision the code knows. Generated: after adding a migration, run
`python -m gcen_desktop.store.migrations.runner`; a test fails until then."""

REVISION = "0009"

STATEMENTS = (
    'CREATE TABLE alembic_version (\n\tversion_num VARCHAR(32) NOT NULL, \n\tCONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)\n)',
    'CREATE TABLE meta (\n\t"key" VARCHAR NOT NULL, \n\tvalue TEXT NOT NULL, \n\tPRIMARY KEY ("key")\n)',
    'CREATE TABLE events (\n\teid INTEGER NOT NULL, \n\treplica VARCHAR NOT NULL, \n\tseq INTEGER NOT NULL, \n\thlc VARCHAR NOT NULL, \n\trec VARCHAR NOT NULL, \n\ttype VARCHAR NOT NULL, \n\top VARCHAR NOT NULL, \n\th VARCHAR NOT NULL, \n\tbody BLOB NOT NULL, \n\tPRIMARY KEY (eid), \n\tCONSTRAINT uq_events_dot UNIQUE (replica, seq)\n)',
    'CREATE INDEX ix_events_rec ON events (rec)',
    'CREATE TABLE superseded (\n\trec VARCHAR NOT NULL, \n\tfield VARCHAR NOT NULL, \n\treplica VARCHAR NOT NULL, \n\tseq INTEGER NOT NULL, \n\tPRIMARY KEY (rec, field, replica, seq)\n)\n WITHOUT ROWID\n\n',
    'CREATE TABLE deletion_observed (\n\trec VARCHAR NOT NULL, \n\tfield VARCHAR NOT NULL, \n\treplica VARCHAR NOT NULL, \n\tseq INTEGER NOT NULL, \n\tPRIMARY KEY (rec, field, replica, seq)\n)\n WITHOUT ROWID\n\n',
    'CREATE TABLE deletions (\n\trec VARCHAR NOT NULL, \n\treplica VARCHAR NOT NULL, \n\tseq INTEGER NOT NULL, \n\thlc VARCHAR NOT NULL, \n\tPRIMARY KEY (rec, replica, seq)\n)\n WITHOUT ROWID\n\n',
    'CREATE TABLE "record_rows" (\n\trid INTEGER NOT NULL, \n\tid VARCHAR NOT NULL, \n\ttype VARCHAR NOT NULL, \n\ttitle TEXT NOT NULL, \n\tdata TEXT NOT NULL, \n\tparent VARCHAR, \n\tkind VARCHAR, \n\tstatus VARCHAR, \n\tdue VARCHAR, \n\tworking_group VARCHAR, \n\tsymposium VARCHAR, \n\tcity VARCHAR, \n\tmember VARCHAR, \n\tposition VARCHAR, \n\tvisibility VARCHAR NOT NULL, \n\tdeleted INTEGER NOT NULL, \n\town_deleted INTEGER NOT NULL, \n\tdel_conflict INTEGER NOT NULL, \n\tconflicts TEXT, \n\tmerged TEXT, \n\tcreated VARCHAR NOT NULL, \n\tupdated VARCHAR NOT NULL, data_eid INTEGER, data_at INTEGER, data_len INTEGER, \n\tPRIMARY KEY (rid), \n\tUNIQUE (id)\n)',
    'CREATE INDEX ix_records_type ON "record_rows" (type, deleted, updated)',
    'CREATE INDEX ix_records_due ON "record_rows" (type, status, due)',
    'CREATE INDEX ix_records_member ON "record_rows" (member, type)',
    'CREATE TABLE fts_queue (\n\trid INTEGER NOT NULL, \n\tPRIMARY KEY (rid)\n)',
    "CREATE VIRTUAL TABLE search USING fts5(title, body, tokenize = 'unicode61 remove_diacritics 2')",
    'CREATE TABLE have_ranges (\n\torigin VARCHAR NOT NULL, \n\tlo INTEGER NOT NULL, \n\thi INTEGER NOT NULL, \n\tPRIMARY KEY (origin, lo)\n)\n WITHOUT ROWID\n\n',
    'CREATE TABLE peers (\n\treplica VARCHAR NOT NULL, \n\tname VARCHAR NOT NULL, \n\tfingerprint VARCHAR, \n\tfirst_seen_ms INTEGER NOT NULL, \n\tlast_exchange_ms INTEGER, \n\tPRIMARY KEY (replica)\n)',
    'CREATE TABLE peer_knowledge (\n\tpeer VARCHAR NOT NULL, \n\torigin VARCHAR NOT NULL, \n\tlo INTEGER NOT NULL, \n\thi INTEGER NOT NULL, \n\tPRIMARY KEY (peer, origin, lo)\n)\n WITHOUT ROWID\n\n',
    'CREATE TABLE known_keys (\n\tfingerprint VARCHAR NOT NULL, \n\tpublic_key VARCHAR NOT NULL, \n\tage_recipient VARCHAR, \n\tname VARCHAR NOT NULL, \n\ttrusted INTEGER NOT NULL, \n\tfirst_seen_ms INTEGER NOT NULL, \n\tPRIMARY KEY (fingerprint)\n)',
    'CREATE TABLE import_log (\n\tbundle_id VARCHAR NOT NULL, \n\tfile_sha256 VARCHAR NOT NULL, \n\tproducer VARCHAR NOT NULL, \n\tproducer_name VARCHAR NOT NULL, \n\tkind VARCHAR NOT NULL, \n\tcreated_ms INTEGER NOT NULL, \n\timported_ms INTEGER NOT NULL, \n\tevent_count INTEGER NOT NULL, \n\tapplied INTEGER NOT NULL, \n\treport TEXT NOT NULL, \n\tPRIMARY KEY (bundle_id)\n)',
    'CREATE INDEX ix_import_log_file_sha256 ON import_log (file_sha256)',
    'CREATE TABLE folder_files (\n\tfolder VARCHAR NOT NULL, \n\tname VARCHAR NOT NULL, \n\tsize INTEGER NOT NULL, \n\tmtime_ns INTEGER NOT NULL, \n\toutcome TEXT NOT NULL, \n\tseen_ms INTEGER NOT NULL, \n\tPRIMARY KEY (folder, name)\n)',
    'CREATE TABLE head_rows (rec VARCHAR NOT NULL, replica VARCHAR NOT NULL, seq INTEGER NOT NULL, hlc VARCHAR NOT NULL, fields TEXT NOT NULL, PRIMARY KEY (rec, replica, seq)) WITHOUT ROWID',
    'CREATE VIEW heads AS SELECT h.rec AS rec, j.value AS field, h.replica AS replica, h.seq AS seq, h.hlc AS hlc FROM head_rows h, json_each(h.fields) j',
    'CREATE INDEX ix_records_parent ON "record_rows" (parent, type) WHERE parent IS NOT NULL',
    'CREATE VIEW records AS SELECT r.rid AS rid, r.id AS id, r.type AS type, r.title AS title, CASE WHEN r.data_eid IS NULL THEN r.data ELSE (SELECT CAST(substr(e.body, r.data_at, r.data_len) AS TEXT) FROM events e WHERE e.eid = r.data_eid) END AS data, r.parent AS parent, r.kind AS kind, r.status AS status, r.due AS due, r.working_group AS working_group, r.symposium AS symposium, r.city AS city, r.member AS member, r.position AS position, r.visibility AS visibility, r.deleted AS deleted, r.own_deleted AS own_deleted, r.del_conflict AS del_conflict, r.conflicts AS conflicts, r.merged AS merged, r.created AS created, r.updated AS updated FROM record_rows r',
    'CREATE TABLE replica_keys (\n\treplica VARCHAR NOT NULL, \n\tfingerprint VARCHAR NOT NULL, \n\tbound_ms INTEGER NOT NULL, \n\tPRIMARY KEY (replica)\n)',
    'CREATE TABLE equivocations (\n\treplica VARCHAR NOT NULL, \n\tseq INTEGER NOT NULL, \n\tkept_h VARCHAR NOT NULL, \n\tother_h VARCHAR NOT NULL, \n\tother_body BLOB NOT NULL, \n\tseen_ms INTEGER NOT NULL, via VARCHAR, \n\tPRIMARY KEY (replica, seq, other_h)\n)',
    'CREATE TABLE private_events (\n\treplica VARCHAR NOT NULL, \n\tseq INTEGER NOT NULL, \n\tPRIMARY KEY (replica, seq)\n)\n WITHOUT ROWID\n\n',
    "CREATE INDEX ix_records_link_kind ON record_rows (kind, type) WHERE type = 'link'",
    'CREATE TABLE network_sources (\n\tworkspace_id VARCHAR NOT NULL, \n\tname VARCHAR NOT NULL, \n\tcity VARCHAR NOT NULL, \n\tfirst_seen_ms INTEGER NOT NULL, \n\tlast_ms INTEGER NOT NULL, \n\tPRIMARY KEY (workspace_id)\n)',
    'CREATE TABLE network_keys (\n\tfingerprint VARCHAR NOT NULL, \n\tworkspace_id VARCHAR NOT NULL, \n\tpublic_key VARCHAR NOT NULL, \n\tname VARCHAR NOT NULL, \n\ttrusted_ms INTEGER NOT NULL, \n\tPRIMARY KEY (fingerprint)\n)',
    'CREATE TABLE network_library (\n\tlid INTEGER NOT NULL, \n\tworkspace_id VARCHAR NOT NULL, \n\trec VARCHAR NOT NULL, \n\ttype VARCHAR NOT NULL, \n\tcounter INTEGER NOT NULL, \n\thlc VARCHAR NOT NULL, \n\tdot_replica VARCHAR NOT NULL, \n\tdot_seq INTEGER NOT NULL, \n\th VARCHAR NOT NULL, \n\twithdrawn INTEGER NOT NULL, \n\ttitle TEXT NOT NULL, \n\tbody TEXT NOT NULL, \n\tpublished_ms INTEGER NOT NULL, \n\treceived_ms INTEGER NOT NULL, \n\tPRIMARY KEY (lid), \n\tUNIQUE (workspace_id, rec)\n)',
    "CREATE VIRTUAL TABLE network_search USING fts5(title, body, tokenize = 'unicode61 remove_diacritics 2')",
    'CREATE TABLE network_sent (\n\treceiver VARCHAR NOT NULL, \n\trec VARCHAR NOT NULL, \n\ttype VARCHAR NOT NULL, \n\tcounter INTEGER NOT NULL, \n\th VARCHAR NOT NULL, \n\twithdrawn INTEGER NOT NULL, \n\tPRIMARY KEY (receiver, rec)\n)\n WITHOUT ROWID\n\n',
    'CREATE TABLE network_acked (\n\treceiver VARCHAR NOT NULL, \n\trec VARCHAR NOT NULL, \n\ttype VARCHAR NOT NULL, \n\tcounter INTEGER NOT NULL, \n\th VARCHAR NOT NULL, \n\twithdrawn INTEGER NOT NULL, \n\tPRIMARY KEY (receiver, rec)\n)\n WITHOUT ROWID\n\n',
)
