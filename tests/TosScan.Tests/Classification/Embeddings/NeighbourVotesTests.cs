using TosScan.Classification.Embeddings;

namespace TosScan.Tests.Classification.Embeddings;

public sealed class NeighbourVotesTests
{
    // Four training texts in three dimensions: two along x carrying label 0, one along y carrying
    // label 1, one along -x carrying both.
    private static NeighbourVotes Bank(int k) => new(
        [1, 0, 0, 0.8f, 0.6f, 0, 0, 1, 0, -1, 0, 0],
        [0b01, 0b01, 0b10, 0b11],
        dimension: 3,
        labelCount: 2,
        k: k);

    [Fact]
    public void The_nearest_texts_vote_by_similarity()
    {
        var votes = Bank(k: 2).Votes(NeighbourVotes.Unit([1, 0.1f, 0]));

        // The two x texts are nearest and both carry label 0 only.
        Assert.Equal(1.0, votes[0], 6);
        Assert.Equal(0.0, votes[1], 6);
    }

    [Fact]
    public void A_vote_is_weighted_by_similarity_among_the_k_nearest()
    {
        var unit = NeighbourVotes.Unit([0.8f, 0.6f, 0]);
        var votes = Bank(k: 3).Votes(unit);

        // Nearest: row 1 (similarity 1), row 0 (0.8), row 2 (0.6). Label 1 has only row 2's share.
        Assert.Equal((1 + 0.8) / 2.4, votes[0], 5);
        Assert.Equal(0.6 / 2.4, votes[1], 5);
    }

    [Fact]
    public void Texts_left_out_do_not_vote_and_opposite_texts_get_no_say()
    {
        var votes = Bank(k: 4).Votes(NeighbourVotes.Unit([1, 0, 0]), include: row => row is 2 or 3);

        // Row 2 is orthogonal (weight 0) and row 3 opposite (negative similarity, weight 0): no say at all.
        Assert.Equal([0.0, 0.0], votes);
    }

    [Fact]
    public void A_vector_of_the_wrong_length_is_refused()
    {
        Assert.Throws<ArgumentException>(() => Bank(k: 1).Votes(new float[4]));
    }

    [Fact]
    public async Task The_file_keeps_the_bank_as_half_precision_and_gives_the_same_votes()
    {
        var path = Path.Combine(Directory.CreateTempSubdirectory("tosscan-neighbours-").FullName, "neighbours.bin");
        var values = NeighbourFile.RoundToStored([1, 0, 0, 0.8f, 0.6f, 0, 0, 1, 0, -1, 0, 0.001f]);
        var bank = new NeighbourVotes(values, [1, 1, 2, 3], 3, 2, 3);

        await NeighbourFile.WriteAsync(path, bank, CancellationToken.None);
        var read = NeighbourFile.Read(path);

        Assert.Equal((bank.Count, bank.Dimension, bank.LabelCount, bank.K), (read.Count, read.Dimension, read.LabelCount, read.K));
        var query = NeighbourVotes.Unit([0.7f, 0.7f, 0.1f]);
        Assert.Equal(bank.Votes(query), read.Votes(query));
    }

    [Fact]
    public async Task A_truncated_file_is_named_with_what_to_do()
    {
        var path = Path.Combine(Directory.CreateTempSubdirectory("tosscan-neighbours-").FullName, "neighbours.bin");
        await NeighbourFile.WriteAsync(path, Bank(k: 2), CancellationToken.None);
        var bytes = await File.ReadAllBytesAsync(path);
        await File.WriteAllBytesAsync(path, bytes[..^5]);

        var error = Assert.Throws<InvalidDataException>(() => NeighbourFile.Read(path));

        Assert.Contains(path, error.Message, StringComparison.Ordinal);
        Assert.Contains("tosscan train", error.Message, StringComparison.Ordinal);
    }
}
