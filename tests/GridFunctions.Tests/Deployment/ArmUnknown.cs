namespace GridFunctions.Tests.Deployment;

/// <summary>
/// A value only Azure knows at deployment time (another deployment's output, a resource's property): kept as the
/// expression text it came from, so a test can still say where it comes from.
/// </summary>
internal sealed record ArmUnknown(string Expression)
{
    /// <summary>How an unknown part shows inside a string made with <c>format</c> or <c>concat</c>.</summary>
    public const string Marker = "{?}";

    public override string ToString() => $"<{Expression}>";
}
