namespace GridBot.Backtesting.Kernel;

/// <summary>Receives fills from the kernel. Implemented by structs so the JIT specialises the loop per sink.</summary>
internal interface IFillSink
{
    void Add(in SimFill fill);
}

/// <summary>Discards fills (sweeps only need totals).</summary>
internal struct NoFills : IFillSink
{
    public readonly void Add(in SimFill fill)
    {
    }
}

internal struct FillList : IFillSink
{
    public FillList() => Fills = [];

    public List<SimFill> Fills { get; }

    public readonly void Add(in SimFill fill) => Fills.Add(fill);
}
