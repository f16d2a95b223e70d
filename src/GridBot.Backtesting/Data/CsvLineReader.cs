namespace GridBot.Backtesting.Data;

/// <summary>
/// Reads lines into one reusable buffer, so a row costs no string allocation. A returned line is valid only
/// until the next call. Accepts <c>\n</c> and <c>\r\n</c> endings. Not thread-safe.
/// </summary>
internal sealed class CsvLineReader(TextReader reader)
{
    private char[] _buffer = new char[64 * 1024];
    private int _start;
    private int _end;
    private bool _eof;

    /// <summary>1-based number of the line last returned.</summary>
    public int LineNumber { get; private set; }

    public bool TryReadLine(out ReadOnlySpan<char> line)
    {
        while (true)
        {
            var window = _buffer.AsSpan(_start, _end - _start);
            var newline = window.IndexOf('\n');
            if (newline >= 0)
            {
                line = TrimCarriageReturn(window[..newline]);
                _start += newline + 1;
                LineNumber++;
                return true;
            }

            if (_eof)
            {
                line = TrimCarriageReturn(window);
                _start = _end;
                if (window.IsEmpty)
                {
                    return false;
                }

                LineNumber++;
                return true;
            }

            Fill();
        }
    }

    private void Fill()
    {
        var pending = _end - _start;
        if (_start > 0)
        {
            _buffer.AsSpan(_start, pending).CopyTo(_buffer);
        }
        else if (pending == _buffer.Length)
        {
            // One line longer than the buffer: grow rather than split it.
            Array.Resize(ref _buffer, _buffer.Length * 2);
        }

        _start = 0;
        _end = pending;
        var read = reader.Read(_buffer, _end, _buffer.Length - _end);
        if (read == 0)
        {
            _eof = true;
        }

        _end += read;
    }

    private static ReadOnlySpan<char> TrimCarriageReturn(ReadOnlySpan<char> line) =>
        line.Length > 0 && line[^1] == '\r' ? line[..^1] : line;
}
