using GridBot.Core.Ports;

namespace GridBot.Storage.Tests.Contracts;

/// <summary>What every <see cref="ISettingsStore"/> promises: versioned documents that outlive the process, apart from bot state.</summary>
public abstract class SettingsStoreContract : StoreContract
{
    private ISettingsStore Store => Stores.Settings;

    [Fact]
    public async Task LoadAsync_NothingSaved_ReturnsNull() =>
        (await Store.LoadAsync("operator", CancellationToken.None)).Should().BeNull();

    [Fact]
    public async Task SaveAsync_ThenAFreshStoreOverTheSameData_LoadsTheLastSave()
    {
        var tag = (await Store.SaveAsync("operator", """{"rolloutStage":1}""", null, CancellationToken.None)).Value;
        var second = await Store.SaveAsync("operator", """{"rolloutStage":3}""", tag, CancellationToken.None);

        var reopened = await Backend.OpenAsync();
        var loaded = await reopened.Settings.LoadAsync("operator", CancellationToken.None);

        second.IsSuccess.Should().BeTrue();
        loaded.Should().Be(new StoredState<string>("""{"rolloutStage":3}""", second.Value));
    }

    [Fact]
    public async Task SaveAsync_StaleTagOrSecondCreate_ConflictAndValueKept()
    {
        var first = (await Store.SaveAsync("operator", "{\"n\":1}", null, CancellationToken.None)).Value;
        var second = (await Store.SaveAsync("operator", "{\"n\":2}", first, CancellationToken.None)).Value;

        var stale = await Store.SaveAsync("operator", "{\"n\":99}", first, CancellationToken.None);
        var recreate = await Store.SaveAsync("operator", "{\"n\":98}", null, CancellationToken.None);

        stale.Error!.Code.Should().Be(ISettingsStore.ConcurrencyConflict);
        recreate.Error!.Code.Should().Be(ISettingsStore.ConcurrencyConflict);
        (await Store.LoadAsync("operator", CancellationToken.None)).Should().Be(new StoredState<string>("{\"n\":2}", second));
    }

    [Fact]
    public async Task Settings_AreNotBots_TheStateStoreDoesNotListOrLoadThem()
    {
        await Store.SaveAsync("operator", "{}", null, CancellationToken.None);
        await Stores.States.SaveAsync("bot1", "{}", null, CancellationToken.None);

        (await Stores.States.ListAsync(CancellationToken.None)).Should().Equal("bot1");
        (await Stores.States.LoadAsync("operator", CancellationToken.None)).Should().BeNull();
        (await Store.LoadAsync("bot1", CancellationToken.None)).Should().BeNull();
    }
}

public sealed class SqliteSettingsStoreContract : SettingsStoreContract
{
    private protected override IStoreBackend CreateBackend() => new SqliteBackend();
}

[Collection(AzuriteCollection.Name)]
public sealed class AzureSettingsStoreContract(AzuriteFixture azurite) : SettingsStoreContract
{
    private protected override IStoreBackend CreateBackend() => new AzureBackend(azurite);
}
