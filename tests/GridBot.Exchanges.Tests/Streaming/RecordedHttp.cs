namespace GridBot.Exchanges.Tests.Streaming;

/// <summary>One HTTP request a test route saw: method, path, raw query string and the <c>X-MBX-APIKEY</c> header ("" when absent).</summary>
internal sealed record RecordedHttp(string Method, string Path, string Query, string ApiKey);
