using System.Text;

namespace GridBot.Telegram.Tests;

public sealed class ConfirmationSignerTests
{
    private const string Secret = "webhook-secret_0123456789";
    private static readonly DateTimeOffset T0 = new(2026, 12, 5, 12, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData(ConfirmAction.Flatten, true, ConfirmationCheck.Confirmed)]
    [InlineData(ConfirmAction.Stop, true, ConfirmationCheck.Confirmed)]
    [InlineData(ConfirmAction.Flatten, false, ConfirmationCheck.Cancelled)]
    [InlineData(ConfirmAction.Stop, false, ConfirmationCheck.Cancelled)]
    public void Check_SignedForTheSameChat_ReturnsActionBotAndChoice(ConfirmAction action, bool confirm, ConfirmationCheck expected)
    {
        var signer = new ConfirmationSigner(Secret, new SettableClock(T0));

        var data = signer.Sign(42, action, "bot_1", confirm);
        var checkedData = signer.Check(42, data);

        checkedData.Should().Be(new Confirmation(expected, action, "bot_1"));
    }

    [Fact]
    public void Sign_LongestBotIdAndLargestChatId_FitsTelegrams64Bytes()
    {
        var signer = new ConfirmationSigner(Secret, new SettableClock(T0));

        var data = signer.Sign(long.MinValue, ConfirmAction.Flatten, new string('z', 16), confirm: true);

        data.Should().NotBeNull();
        Encoding.UTF8.GetByteCount(data!).Should().BeLessThanOrEqualTo(64);
        signer.Check(long.MinValue, data).Check.Should().Be(ConfirmationCheck.Confirmed);
    }

    [Fact]
    public void Sign_IdTooLongForCallbackData_ReturnsNull() =>
        new ConfirmationSigner(Secret, new SettableClock(T0)).Sign(1, ConfirmAction.Stop, new string('z', 40), true).Should().BeNull();

    [Fact]
    public void Check_AfterTheLifetime_IsExpired()
    {
        var clock = new SettableClock(T0);
        var signer = new ConfirmationSigner(Secret, clock, TimeSpan.FromMinutes(2));
        var data = signer.Sign(42, ConfirmAction.Flatten, "b1", true);

        clock.Now = T0.AddMinutes(2);
        signer.Check(42, data).Check.Should().Be(ConfirmationCheck.Confirmed);
        clock.Now = T0.AddMinutes(2).AddSeconds(1);
        signer.Check(42, data).Check.Should().Be(ConfirmationCheck.Expired);
    }

    [Fact]
    public void Check_OtherChatForgedOrTampered_IsInvalid()
    {
        var signer = new ConfirmationSigner(Secret, new SettableClock(T0));
        var data = signer.Sign(42, ConfirmAction.Flatten, "b1", true)!;
        var parts = data.Split(':');

        signer.Check(43, data).Check.Should().Be(ConfirmationCheck.Invalid, "signed for another chat");
        new ConfirmationSigner("another-secret", new SettableClock(T0)).Check(42, data).Check.Should().Be(ConfirmationCheck.Invalid);
        signer.Check(42, string.Join(':', parts[0], parts[1], "b2", parts[3], parts[4])).Check.Should().Be(ConfirmationCheck.Invalid, "another bot");
        signer.Check(42, string.Join(':', parts[0], "s", parts[2], parts[3], parts[4])).Check.Should().Be(ConfirmationCheck.Invalid, "another action");
        signer.Check(42, string.Join(':', "n", parts[1], parts[2], parts[3], parts[4])).Check.Should().Be(ConfirmationCheck.Invalid, "cancel turned into confirm or back");
        signer.Check(42, string.Join(':', parts[0], parts[1], parts[2], "9999999999", parts[4])).Check.Should().Be(ConfirmationCheck.Invalid, "a later expiry");
        signer.Check(42, string.Join(':', parts[..4]) + ":AAAAAAAAAAAAAAAAAAAAAA").Check.Should().Be(ConfirmationCheck.Invalid);
        foreach (var junk in new[] { null, "", "y:f:b1", "y:f:b1:x:y", "hello", data + ":extra" })
        {
            signer.Check(42, junk).Check.Should().Be(ConfirmationCheck.Invalid, junk);
        }
    }
}
