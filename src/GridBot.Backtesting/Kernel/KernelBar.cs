using System.Runtime.InteropServices;

namespace GridBot.Backtesting.Kernel;

/// <summary>
/// A bar prepared for one tick size: each path price as the tick index it reaches. A resting buy at tick index t
/// is touched by price x when t ≥ ceil(x/tick); a sell when t ≤ floor(x/tick). Both are exact for prices on any grid.
/// 64 bytes, so one bar is one cache line.
/// </summary>
[StructLayout(LayoutKind.Sequential)]
internal struct KernelBar
{
    public long OpenFloor;
    public long OpenCeil;
    public long HighFloor;
    public long LowCeil;
    public long CloseFloor;
    public long CloseCeil;
    public double Close;
    public int Day;
    public int Bullish;
}
