namespace GridBot.Core.Ports;

/// <summary>
/// A store could not be reached or refused the request (missing table or container, access denied, service error).
/// The message names the resource and what the service said. It is never bad input from the caller: hosts report it
/// as unavailable (HTTP 503, CLI exit 1).
/// </summary>
public sealed class StorageUnavailableException : Exception
{
    public StorageUnavailableException()
    {
    }

    public StorageUnavailableException(string message)
        : base(message)
    {
    }

    public StorageUnavailableException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
