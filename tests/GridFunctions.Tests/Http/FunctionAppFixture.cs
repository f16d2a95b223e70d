namespace GridFunctions.Tests.Http;

/// <summary>
/// One <see cref="FunctionApp"/> (Azurite, the Durable engine, a fake Binance) shared by a test class: starting them takes
/// seconds, so the class's tests share them and keep apart by bot id.
/// </summary>
public sealed class FunctionAppFixture : IAsyncLifetime
{
    public FunctionApp App { get; } = new();

    public Task InitializeAsync() => App.InitializeAsync();

    public Task DisposeAsync() => App.DisposeAsync();
}
