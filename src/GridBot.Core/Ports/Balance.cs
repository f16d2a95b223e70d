namespace GridBot.Core.Ports;

/// <summary>An asset balance: <see cref="Free"/> can be used, <see cref="Locked"/> is held by open orders.</summary>
public sealed record Balance(string Asset, decimal Free, decimal Locked)
{
    public decimal Total => Free + Locked;
}
