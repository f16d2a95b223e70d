namespace GridBot.Core.Ports;

/// <summary>
/// A notifier that can also deliver files (reports to a chat). A job holding an <see cref="INotifier"/> sends
/// documents when its notifier is also one of these; plain notifiers (console, log) are not.
/// </summary>
public interface IDocumentNotifier
{
    /// <summary>Delivers <paramref name="content"/> as a file named <paramref name="fileName"/>, with an optional caption.</summary>
    Task SendDocumentAsync(string fileName, ReadOnlyMemory<byte> content, string? caption, CancellationToken ct);
}
