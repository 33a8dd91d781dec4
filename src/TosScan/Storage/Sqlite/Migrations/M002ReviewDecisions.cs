namespace TosScan.Storage.Sqlite.Migrations;

/// <summary>Reviewers' decisions, keyed by the clause's normalised-text hash.</summary>
internal sealed class M002ReviewDecisions : SqlMigration
{
    public override int Version => 2;

    public override string Name => "review decisions";

    protected override string Sql => """
        CREATE TABLE review_decisions (
            id               INTEGER PRIMARY KEY,
            provider         TEXT NOT NULL,
            doc_type         TEXT NOT NULL,
            clause_key       TEXT NOT NULL,
            clause_text      TEXT NOT NULL,
            label            TEXT NOT NULL,
            decision         TEXT NOT NULL,
            new_label        TEXT,
            reviewer         TEXT NOT NULL,
            note             TEXT,
            decided_at       TEXT NOT NULL
        );
        CREATE INDEX ix_review_decisions_provider ON review_decisions (provider, decided_at, id);
        CREATE INDEX ix_review_decisions_clause ON review_decisions (clause_key, label);
        """;
}
