namespace TosScan.Storage.Postgres.Migrations;

/// <summary>Reviewers' decisions, keyed by the clause's normalised-text hash.</summary>
internal sealed class M002ReviewDecisions : PostgresSqlMigration
{
    public override int Version => 2;

    public override string Name => "review decisions";

    protected override string Sql => """
        CREATE TABLE review_decisions (
            id                 bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
            provider           text COLLATE "C" NOT NULL,
            doc_type           text COLLATE "C" NOT NULL,
            clause_key         text COLLATE "C" NOT NULL,
            clause_text        text NOT NULL,
            label              text COLLATE "C" NOT NULL,
            decision           text COLLATE "C" NOT NULL,
            new_label          text,
            reviewer           text NOT NULL,
            note               text,
            decided_at         text COLLATE "C" NOT NULL,
            -- The clause's UTF-8 bytes, only when it holds U+0000.
            clause_text_exact  bytea
        );
        CREATE INDEX ix_review_decisions_provider ON review_decisions (provider, decided_at, id);
        CREATE INDEX ix_review_decisions_clause ON review_decisions (clause_key, label);
        """;
}
