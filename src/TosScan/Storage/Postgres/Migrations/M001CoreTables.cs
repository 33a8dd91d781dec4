namespace TosScan.Storage.Postgres.Migrations;

/// <summary>
/// Fetches, snapshots, versions and analyses, as in the SQLite store. Keys, hashes and times are
/// <c>COLLATE "C"</c> so they sort byte by byte as SQLite sorts them, whatever the database's
/// locale (times are text, see <see cref="StoreTime"/>). Bytes are <c>bytea</c> and large text
/// is <c>text</c>, both compressed by TOAST. Analysis JSON stays <c>text</c>, not <c>jsonb</c>,
/// which would reorder keys and change what a report cites.
/// </summary>
internal sealed class M001CoreTables : PostgresSqlMigration
{
    public override int Version => 1;

    public override string Name => "core tables: fetches, snapshots, versions, analyses";

    protected override string Sql => """
        CREATE TABLE fetches (
            id               bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
            provider         text COLLATE "C" NOT NULL,
            doc_type         text COLLATE "C" NOT NULL,
            requested_url    text COLLATE "C" NOT NULL,
            final_url        text,
            status           text COLLATE "C" NOT NULL,
            http_status      integer,
            reason           text,
            fetched_at       text COLLATE "C" NOT NULL,
            snapshot_sha256  text COLLATE "C",
            headers_json     text,
            found_by         text,
            etag             text,
            last_modified    text
        );
        CREATE INDEX ix_fetches_document ON fetches (provider, doc_type, requested_url, id);

        CREATE TABLE snapshots (
            sha256           text COLLATE "C" PRIMARY KEY,
            media_type       text NOT NULL,
            bytes            bytea NOT NULL,
            first_seen_at    text COLLATE "C" NOT NULL
        );

        CREATE TABLE versions (
            id               bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
            provider         text COLLATE "C" NOT NULL,
            doc_type         text COLLATE "C" NOT NULL,
            location         text NOT NULL,
            snapshot_sha256  text COLLATE "C" NOT NULL,
            text_sha256      text COLLATE "C" NOT NULL,
            retrieved_at     text COLLATE "C" NOT NULL,
            text             text NOT NULL,
            -- The text's UTF-8 bytes, only when it holds U+0000, which a text column cannot.
            text_exact       bytea
        );
        CREATE INDEX ix_versions_document ON versions (provider, doc_type, id);
        CREATE INDEX ix_versions_as_of ON versions (provider, doc_type, retrieved_at);

        CREATE TABLE analyses (
            version_id       bigint PRIMARY KEY REFERENCES versions (id),
            analysis_json    text NOT NULL,
            saved_at         text COLLATE "C" NOT NULL
        );
        """;
}
