namespace TosScan.Storage.Sqlite.Migrations;

/// <summary>Fetches, snapshots, versions and analyses.</summary>
internal sealed class M001CoreTables : SqlMigration
{
    public override int Version => 1;

    public override string Name => "core tables: fetches, snapshots, versions, analyses";

    protected override string Sql => """
        CREATE TABLE fetches (
            id               INTEGER PRIMARY KEY,
            provider         TEXT NOT NULL,
            doc_type         TEXT NOT NULL,
            requested_url    TEXT NOT NULL,
            final_url        TEXT,
            status           TEXT NOT NULL,
            http_status      INTEGER,
            reason           TEXT,
            fetched_at       TEXT NOT NULL,
            snapshot_sha256  TEXT,
            headers_json     TEXT,
            found_by         TEXT,
            etag             TEXT,
            last_modified    TEXT
        );
        CREATE INDEX ix_fetches_document ON fetches (provider, doc_type, requested_url, id);

        CREATE TABLE snapshots (
            sha256           TEXT PRIMARY KEY,
            media_type       TEXT NOT NULL,
            bytes            BLOB NOT NULL,
            first_seen_at    TEXT NOT NULL
        );

        CREATE TABLE versions (
            id               INTEGER PRIMARY KEY,
            provider         TEXT NOT NULL,
            doc_type         TEXT NOT NULL,
            location         TEXT NOT NULL,
            snapshot_sha256  TEXT NOT NULL,
            text_sha256      TEXT NOT NULL,
            retrieved_at     TEXT NOT NULL,
            text             TEXT NOT NULL
        );
        CREATE INDEX ix_versions_document ON versions (provider, doc_type, id);
        CREATE INDEX ix_versions_as_of ON versions (provider, doc_type, retrieved_at);

        CREATE TABLE analyses (
            version_id       INTEGER PRIMARY KEY REFERENCES versions (id),
            analysis_json    TEXT NOT NULL,
            saved_at         TEXT NOT NULL
        );
        """;
}
