using LiteDB;
using TransitionLab.Api.Experiments;
using TransitionLab.Api.Store;

namespace TransitionLab.Api.Tests;

/// <summary>Reading a whole collection in batches of separate queries gives what one query over it gives.</summary>
public class StoreReadAllTests
{
    [Theory]
    [InlineData(0, 4)]
    [InlineData(25, 4)]
    [InlineData(25, 5)]
    [InlineData(25, 1000)]
    public void Every_document_comes_back_once_in_key_order(int count, int batchSize)
    {
        using var db = new Database(new LiteDatabase(new MemoryStream(), Database.CreateMapper()));
        var slugs = Enumerable.Range(0, count).Select(i => $"proef-{(i * 7919) % 1000:D3}-{i}").ToArray();
        foreach (var slug in slugs) db.Experiments.Insert(new StoredExperiment { Id = slug, Title = slug });

        var read = db.ReadAll(db.Experiments, e => e.Id, batchSize).Select(e => e.Id).ToArray();

        Assert.Equal(db.Experiments.FindAll().Select(e => e.Id), read);
        Assert.Equal(slugs.Order(StringComparer.Ordinal), read.Order(StringComparer.Ordinal));
    }
}
