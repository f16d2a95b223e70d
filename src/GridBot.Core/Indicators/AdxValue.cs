namespace GridBot.Core.Indicators;

/// <summary>ADX with the directional indicators it was derived from, all in [0, 100].</summary>
public readonly record struct AdxValue(double Adx, double PlusDi, double MinusDi);
