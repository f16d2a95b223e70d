using GridBot.Storage.Sqlite;

namespace GridBot.Storage.Tests.Sqlite;

public sealed class SqliteDatabaseTests : IDisposable
{
    private readonly TempSqlite _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public async Task OpenAsync_NewFile_IsInWalMode()
    {
        await _temp.OpenAsync();

        (await _temp.ScalarAsync("PRAGMA journal_mode")).Should().Be("wal");
    }

    [Theory]
    [InlineData(SqliteSynchronous.Normal, 1L)]
    [InlineData(SqliteSynchronous.Full, 2L)]
    public async Task OpenConnectionAsync_Always_AppliesConnectionPragmas(SqliteSynchronous synchronous, long expected)
    {
        var storage = await _temp.OpenAsync(synchronous);

        await using var connection = await storage.Database.OpenConnectionAsync(CancellationToken.None);

        (await PragmaAsync(connection, "synchronous")).Should().Be(expected);
        (await PragmaAsync(connection, "busy_timeout")).Should().Be(5000L);
        (await PragmaAsync(connection, "foreign_keys")).Should().Be(1L);
    }

    [Fact]
    public async Task OpenAsync_TwiceAndConcurrently_MigratesOnce()
    {
        using (await _temp.OpenAsync())
        {
        }

        await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Task.Run(() => _temp.OpenAsync())));

        (await _temp.ScalarAsync("SELECT COUNT(*) || ':' || MAX(version) FROM schema_version"))
            .Should().Be($"{SqliteDatabase.LatestSchemaVersion}:{SqliteDatabase.LatestSchemaVersion}");
        SqliteDatabase.LatestSchemaVersion.Should().Be(2);
    }

    [Fact]
    public async Task OpenAsync_ConcurrentOnBrandNewFile_AllSucceed()
    {
        var path = Path.Combine(_temp.Folder, "race.db");

        var databases = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ =>
            Task.Run(() => SqliteDatabase.OpenAsync(new SqliteOptions { Path = path }, CancellationToken.None))));

        databases.Should().HaveCount(4).And.OnlyContain(d => d.FullPath == path);
        foreach (var database in databases)
        {
            database.Dispose();
        }
    }

    [Fact]
    public async Task OpenAsync_MissingFolder_CreatesIt()
    {
        var path = Path.Combine(_temp.Folder, "nested", "deeper", "bots.db");

        using var database = await SqliteDatabase.OpenAsync(new SqliteOptions { Path = path }, CancellationToken.None);

        File.Exists(path).Should().BeTrue();
        database.FullPath.Should().Be(path);
    }

    [Fact]
    public async Task OpenAsync_SchemaNewerThanBuild_RefusesWithVersionInMessage()
    {
        using (await _temp.OpenAsync())
        {
        }

        await _temp.ScalarAsync("INSERT INTO schema_version (version) VALUES (99)");

        var open = () => _temp.OpenAsync();

        (await open.Should().ThrowAsync<InvalidOperationException>()).WithMessage("*schema version 99*");
    }

    [Fact]
    public void Options_Default_IsGridbotDbWithNormalSync()
    {
        var options = new SqliteOptions();

        options.Path.Should().Be("gridbot.db");
        options.Synchronous.Should().Be(SqliteSynchronous.Normal);
    }

    private static async Task<object?> PragmaAsync(Microsoft.Data.Sqlite.SqliteConnection connection, string name)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA " + name;
        return await command.ExecuteScalarAsync();
    }
}
