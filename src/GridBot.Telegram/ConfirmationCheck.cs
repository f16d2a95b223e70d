namespace GridBot.Telegram;

/// <summary>What a confirmation button's callback data turned out to be.</summary>
public enum ConfirmationCheck
{
    /// <summary>Signed for this chat, not expired, and the Confirm button.</summary>
    Confirmed,

    /// <summary>Signed for this chat, not expired, and the Cancel button.</summary>
    Cancelled,

    /// <summary>Signed for this chat but past its expiry.</summary>
    Expired,

    /// <summary>Not ours: malformed, a wrong signature, or signed for another chat.</summary>
    Invalid,
}
