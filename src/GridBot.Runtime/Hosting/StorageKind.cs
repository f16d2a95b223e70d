namespace GridBot.Runtime.Hosting;

public enum StorageKind
{
    Sqlite,
}
