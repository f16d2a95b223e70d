using FsCheck;
using FsCheck.Fluent;
using GridBot.Testing.FakeTelegram;

namespace GridBot.Telegram.Tests;

public sealed class MarkdownV2Tests
{
    [Theory]
    [InlineData("BTC/USDT -1.5% (grid #3) P&L=+12.40!", @"BTC/USDT \-1\.5% \(grid \#3\) P&L\=\+12\.40\!")]
    [InlineData(@"_*[]()~`>#+-=|{}.!\", @"\_\*\[\]\(\)\~\`\>\#\+\-\=\|\{\}\.\!\\")]
    [InlineData("plain text 123", "plain text 123")]
    [InlineData("", "")]
    public void Escape_Vectors_EscapesEveryReservedCharacterAndTheBackslash(string text, string expected) =>
        MarkdownV2.Escape(text).Should().Be(expected);

    [Fact]
    public void Escape_AnyText_PassesTelegramsCheckAndUnescapesToTheInput()
    {
        var texts = Gen.OneOf(
            ArbMap.Default.GeneratorFor<string>().Select(s => s ?? string.Empty),
            Gen.ListOf(Gen.Elements("_*[]()~`>#+-=|{}.!\\ab\n".ToCharArray())).Select(cs => new string([.. cs]))).Sample(1_000, 200);

        foreach (var text in texts.Where(t => t.Length is > 0 and <= 2048 && !t.Contains('\0', StringComparison.Ordinal)))
        {
            var escaped = MarkdownV2.Escape(text);
            FakeBotApi.MarkdownProblem(escaped).Should().BeNull($"'{text}' escaped is '{escaped}'");
            Unescape(escaped).Should().Be(text);
        }
    }

    [Fact]
    public void Split_AnyEscapedText_ChunksWithinTheLimitThatJoinToTheInputAndEachPassTelegramsCheck()
    {
        var texts = Gen.Zip(Gen.ListOf(Gen.Elements("a", "b", ".", "\\", "-", "\n", "!", "😀")), Gen.Choose(4, 40))
            .Select(t => (Text: string.Concat(t.Item1), Max: t.Item2)).Sample(1_000, 300);

        foreach (var (text, max) in texts.Where(t => t.Text.Length > 0))
        {
            var escaped = MarkdownV2.Escape(text);
            var chunks = MarkdownV2.Split(escaped, max);
            string.Concat(chunks).Should().Be(escaped);
            chunks.Should().OnlyContain(c => c.Length >= 1 && c.Length <= max);
            chunks.Should().OnlyContain(c => !char.IsHighSurrogate(c[c.Length - 1]) && !char.IsLowSurrogate(c[0]), "a surrogate pair stays whole");
            foreach (var chunk in chunks.Where(c => c.Trim('\n').Length > 0))
            {
                FakeBotApi.MarkdownProblem(chunk).Should().BeNull($"chunk '{chunk}' of '{escaped}' (max {max})");
            }
        }
    }

    [Fact]
    public void Split_LongReport_CutsAtLineBreaksUnder4096()
    {
        var line = MarkdownV2.Escape("bot-01: realized 12.5 USDT, grid profit 3.25, fees 0.1 (paper)!") + "\n";
        var text = string.Concat(Enumerable.Repeat(line, 200));

        var chunks = MarkdownV2.Split(text);

        text.Length.Should().BeGreaterThan(MarkdownV2.MaxMessageLength);
        chunks.Should().HaveCountGreaterThan(1).And.OnlyContain(c => c.Length <= 4096 && c.EndsWith('\n'));
        string.Concat(chunks).Should().Be(text);
    }

    [Fact]
    public void Split_NoLineBreakAndAnEscapeAtTheLimit_KeepsTheEscapeWithItsCharacter()
    {
        var text = new string('a', 4095) + @"\." + "tail";

        var chunks = MarkdownV2.Split(text);

        chunks[0].Should().Be(new string('a', 4095));
        chunks[1].Should().Be(@"\.tail");
    }

    private static string Unescape(string escaped)
    {
        var sb = new System.Text.StringBuilder();
        for (var i = 0; i < escaped.Length; i++)
        {
            if (escaped[i] == '\\')
            {
                i++;
            }

            sb.Append(escaped[i]);
        }

        return sb.ToString();
    }
}
