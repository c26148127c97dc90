import GRDB

/// The store's tables, created and upgraded by GRDB's migrator (each migration runs once, in a
/// transaction, and is recorded in the file).
enum StoreSchema {
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1") { db in
            try db.execute(
                sql: """
                    CREATE TABLE configs (
                        fingerprint TEXT PRIMARY KEY,
                        signature TEXT NOT NULL,
                        created TEXT NOT NULL
                    );
                    CREATE TABLE runs (
                        id INTEGER PRIMARY KEY,
                        config TEXT NOT NULL REFERENCES configs(fingerprint),
                        started TEXT NOT NULL,
                        finished TEXT,
                        delivered INTEGER NOT NULL DEFAULT 0,
                        new INTEGER NOT NULL DEFAULT 0,
                        changed INTEGER NOT NULL DEFAULT 0,
                        unchanged INTEGER NOT NULL DEFAULT 0,
                        failed INTEGER NOT NULL DEFAULT 0
                    );
                    CREATE TABLE documents (
                        seq INTEGER PRIMARY KEY,
                        config TEXT NOT NULL REFERENCES configs(fingerprint),
                        hash TEXT NOT NULL,
                        id TEXT,
                        source TEXT,
                        record TEXT NOT NULL,
                        error TEXT,
                        run INTEGER NOT NULL REFERENCES runs(id),
                        UNIQUE (config, hash)
                    );
                    CREATE INDEX documents_run ON documents(run);
                    CREATE TABLE sources (
                        config TEXT NOT NULL,
                        identity TEXT NOT NULL,
                        hash TEXT NOT NULL,
                        PRIMARY KEY (config, identity)
                    ) WITHOUT ROWID;
                    CREATE INDEX sources_hash ON sources(config, hash);
                    CREATE TABLE states (
                        config TEXT NOT NULL,
                        name TEXT NOT NULL,
                        state BLOB NOT NULL,
                        PRIMARY KEY (config, name)
                    ) WITHOUT ROWID;
                    CREATE TABLE mentions (
                        doc INTEGER NOT NULL REFERENCES documents(seq) ON DELETE CASCADE,
                        start INTEGER NOT NULL,
                        "end" INTEGER NOT NULL,
                        surface TEXT NOT NULL,
                        canonical TEXT NOT NULL,
                        kind TEXT,
                        surface_key TEXT NOT NULL,
                        canonical_key TEXT NOT NULL
                    );
                    CREATE INDEX mentions_doc ON mentions(doc);
                    CREATE INDEX mentions_canonical ON mentions(canonical);
                    CREATE TABLE quotes (
                        doc INTEGER NOT NULL REFERENCES documents(seq) ON DELETE CASCADE,
                        start INTEGER NOT NULL,
                        "end" INTEGER NOT NULL,
                        quote TEXT NOT NULL,
                        speaker TEXT,
                        speaker_canonical TEXT,
                        speaker_key TEXT,
                        cue TEXT,
                        sentence INTEGER
                    );
                    CREATE INDEX quotes_doc ON quotes(doc);
                    CREATE INDEX quotes_canonical ON quotes(speaker_canonical);
                    CREATE VIRTUAL TABLE sentence_index USING fts5(
                        text, doc UNINDEXED, start UNINDEXED, "end" UNINDEXED,
                        tokenize = 'unicode61 remove_diacritics 2'
                    );
                    """)
        }
        migrator.registerMigration("v2: rules of each run") { db in
            // NULL for runs of a `pipe` that did not record its rule files: unknown, so stale.
            try db.execute(sql: "ALTER TABLE runs ADD COLUMN rules TEXT")
        }
        return migrator
    }
}
