using System.Globalization;
using GridBot.Core.Market;
using GridBot.Core.Ports;

namespace GridBot.Storage.Tests.Parquet;

/// <summary>The bar store contract on a fresh temp folder per test.</summary>
public sealed class LocalParquetBarStoreContractTests : BarStoreContract, IDisposable
{
    private readonly TempBarStore _temp = new();

    public override Task DisposeAsync() => Task.CompletedTask;

    public void Dispose() => _temp.Dispose();

    protected override Task<IBarStore> CreateStoreAsync() => Task.FromResult<IBarStore>(_temp.Store);

    protected override string ErrorNameOf(BarSeries series, long openTimeMs) => _temp.Store.PartitionPath(series, openTimeMs);

    protected override Task<Dictionary<string, string>> ObjectsAsync() => Task.FromResult(_temp.Files().ToDictionary(
        f => Path.GetRelativePath(_temp.Root, f.Key).Replace(Path.DirectorySeparatorChar, '/'),
        f => string.Create(CultureInfo.InvariantCulture, $"{f.Value.Ticks}/{new FileInfo(f.Key).Length}")));

    protected override Task WriteRawAsync(string name, byte[] bytes)
    {
        var path = FullPath(name);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        return File.WriteAllBytesAsync(path, bytes);
    }

    protected override Task<byte[]> ReadRawAsync(string name) => File.ReadAllBytesAsync(FullPath(name));

    private string FullPath(string name) => Path.Combine([_temp.Root, .. name.Split('/')]);
}
