using System.Text;
using GridBot.Core.Ports;

namespace GridBot.Storage.Tests.Contracts;

/// <summary>What every <see cref="IArtifactStore"/> promises, run against each implementation.</summary>
public abstract class ArtifactStoreContract : StoreContract
{
    private IArtifactStore Artifacts => Stores.Artifacts;

    [Fact]
    public async Task GetAsync_AfterPut_ReturnsTheBytes()
    {
        var bytes = Encoding.UTF8.GetBytes("<html>daily</html>");

        await Artifacts.PutAsync("daily/2026-12-05/bot-1.html", bytes, "text/html", CancellationToken.None);

        (await Artifacts.GetAsync("daily/2026-12-05/bot-1.html", CancellationToken.None)).Should().Equal(bytes);
    }

    [Fact]
    public async Task GetAsync_Absent_ReturnsNull() =>
        (await Artifacts.GetAsync("daily/none.html", CancellationToken.None)).Should().BeNull();

    [Fact]
    public async Task PutAsync_SameNameTwice_ReplacesTheContent()
    {
        await Artifacts.PutAsync("weekly/r.json", Encoding.UTF8.GetBytes("{\"v\":1,\"long\":true}"), "application/json", CancellationToken.None);
        await Artifacts.PutAsync("weekly/r.json", Encoding.UTF8.GetBytes("{\"v\":2}"), "application/json", CancellationToken.None);

        Encoding.UTF8.GetString((await Artifacts.GetAsync("weekly/r.json", CancellationToken.None))!).Should().Be("{\"v\":2}");
        (await Artifacts.ListAsync("weekly/", CancellationToken.None)).Should().Equal(new ArtifactInfo("weekly/r.json", 7));
    }

    [Fact]
    public async Task ListAsync_ByPrefix_NamesInOrdinalOrderWithSizes()
    {
        foreach (var name in new[] { "daily/b.html", "daily/a.html", "weekly/x.html" })
        {
            await Artifacts.PutAsync(name, new byte[name.Length], "text/html", CancellationToken.None);
        }

        (await Artifacts.ListAsync("daily/", CancellationToken.None)).Should().Equal(
            new ArtifactInfo("daily/a.html", 12), new ArtifactInfo("daily/b.html", 12));
        (await Artifacts.ListAsync(string.Empty, CancellationToken.None)).Select(a => a.Name).Should().Equal("daily/a.html", "daily/b.html", "weekly/x.html");
        (await (await Backend.OpenAsync()).Artifacts.ListAsync("weekly", CancellationToken.None)).Should().ContainSingle();
    }

    [Theory]
    [InlineData("")]
    [InlineData("../escape.html")]
    [InlineData("/rooted.html")]
    [InlineData("a//b.html")]
    [InlineData("sp ace.html")]
    [InlineData("daily/./x.html")]
    public async Task PutAsync_BadName_ThrowsNamingItAndWritesNothing(string name)
    {
        var put = () => Artifacts.PutAsync(name, new byte[] { 1 }, "text/plain", CancellationToken.None);

        await put.Should().ThrowAsync<ArgumentException>();
        (await Artifacts.ListAsync(string.Empty, CancellationToken.None)).Should().BeEmpty();
    }
}

public sealed class LocalArtifactStoreContract : ArtifactStoreContract
{
    private protected override IStoreBackend CreateBackend() => new SqliteBackend();
}

[Collection(AzuriteCollection.Name)]
public sealed class BlobArtifactStoreContract(AzuriteFixture azurite) : ArtifactStoreContract
{
    private protected override IStoreBackend CreateBackend() => new AzureBackend(azurite);
}
