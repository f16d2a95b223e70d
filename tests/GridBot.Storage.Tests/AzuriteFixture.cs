using GridBot.Testing;

namespace GridBot.Storage.Tests;

/// <summary>One Azurite for the storage tests (started on free ports, stopped after the last of them).</summary>
public sealed class AzuriteFixture : IAsyncLifetime
{
    private Azurite? _azurite;

    public Azurite Server => _azurite ?? throw new InvalidOperationException("Azurite is not started");

    public string ConnectionString => Server.ConnectionString;

    public async Task InitializeAsync() => _azurite = await Azurite.StartAsync();

    public async Task DisposeAsync()
    {
        if (_azurite is not null)
        {
            await _azurite.DisposeAsync();
        }
    }
}

[CollectionDefinition(Name)]
public sealed class AzuriteCollection : ICollectionFixture<AzuriteFixture>
{
    public const string Name = "Azurite";
}
