using Azure;
using GridBot.Core.Ports;

namespace GridBot.Storage.Azure;

/// <summary>Turns a storage service refusal into <see cref="StorageUnavailableException"/> naming the resource.</summary>
internal static class AzureFailures
{
    public static StorageUnavailableException Unavailable(string resource, RequestFailedException e)
    {
        var what = e.Status switch
        {
            403 => "access was refused (check the account key, SAS or the identity's data role)",
            404 => "it does not exist (create it, or set Storage:CreateIfMissing)",
            0 => "the service could not be reached",
            _ => "the service refused the request",
        };
        var code = string.IsNullOrEmpty(e.ErrorCode) ? string.Empty : $" {e.ErrorCode}";
        return new StorageUnavailableException($"{resource}: {what} (status {e.Status}{code})", e);
    }
}
