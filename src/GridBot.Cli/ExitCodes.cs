namespace GridBot.Cli;

public static class ExitCodes
{
    public const int Ok = 0;

    /// <summary>Something unexpected failed (a bug or the environment): the message says what.</summary>
    public const int Failure = 1;

    /// <summary>The input was wrong (options, data file, capital): the message names the problem.</summary>
    public const int BadInput = 2;
}
