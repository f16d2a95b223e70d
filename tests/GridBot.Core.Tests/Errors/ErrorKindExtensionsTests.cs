using GridBot.Core.Errors;

namespace GridBot.Core.Tests.Errors;

public class ErrorKindExtensionsTests
{
    public static TheoryData<ErrorKind, bool, ErrorSeverity, ErrorCategory, RecoveryAction> Table => new()
    {
        { ErrorKind.RateLimited, true, ErrorSeverity.Medium, ErrorCategory.Api, RecoveryAction.ReduceRate },
        { ErrorKind.IpBanned, false, ErrorSeverity.Critical, ErrorCategory.Api, RecoveryAction.Pause },
        { ErrorKind.InvalidTimestamp, true, ErrorSeverity.Medium, ErrorCategory.Api, RecoveryAction.ResyncTime },
        { ErrorKind.FilterFailure, false, ErrorSeverity.Low, ErrorCategory.Trading, RecoveryAction.Skip },
        { ErrorKind.InsufficientBalance, false, ErrorSeverity.High, ErrorCategory.Trading, RecoveryAction.Skip },
        { ErrorKind.DuplicateClientOrderId, false, ErrorSeverity.Low, ErrorCategory.Trading, RecoveryAction.Reconcile },
        { ErrorKind.UnknownOrder, false, ErrorSeverity.Low, ErrorCategory.Trading, RecoveryAction.Reconcile },
        { ErrorKind.UnknownStatus, true, ErrorSeverity.High, ErrorCategory.Network, RecoveryAction.Reconcile },
        { ErrorKind.Network, true, ErrorSeverity.Medium, ErrorCategory.Network, RecoveryAction.RetryAfterBackoff },
        { ErrorKind.Auth, false, ErrorSeverity.Critical, ErrorCategory.Auth, RecoveryAction.ManualIntervention },
        { ErrorKind.Other, false, ErrorSeverity.Medium, ErrorCategory.System, RecoveryAction.Skip },
    };

    [Theory]
    [MemberData(nameof(Table))]
    public void Classification_EveryKind_MatchesTable(
        ErrorKind kind, bool transient, ErrorSeverity severity, ErrorCategory category, RecoveryAction recovery)
    {
        kind.IsTransient().Should().Be(transient);
        kind.Severity().Should().Be(severity);
        kind.Category().Should().Be(category);
        kind.Recovery().Should().Be(recovery);
        Error.Of(kind, "x").IsTransient.Should().Be(transient);
    }

    [Fact]
    public void Table_CoversEveryKind()
    {
        Table.Select(row => (ErrorKind)row[0]).Should().BeEquivalentTo(Enum.GetValues<ErrorKind>());
    }

    [Theory]
    [InlineData(ErrorKind.Network, true)]
    [InlineData(ErrorKind.RateLimited, true)]
    [InlineData(ErrorKind.InvalidTimestamp, true)]
    [InlineData(ErrorKind.UnknownStatus, false)]
    [InlineData(ErrorKind.DuplicateClientOrderId, false)]
    [InlineData(ErrorKind.Auth, false)]
    [InlineData(ErrorKind.FilterFailure, false)]
    public void MayResend_OnlyWhenResendingIsSafe(ErrorKind kind, bool expected)
    {
        kind.MayResend().Should().Be(expected);
    }
}
