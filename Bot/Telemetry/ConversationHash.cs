using System.Security.Cryptography;
using System.Text;

namespace GuidanceBot.Bot.Telemetry;

/// <summary>
/// A short, stable stand-in for a conversation id in logs and traces: lines of one conversation can be followed
/// across instances without the id itself (which opens the transcript on Direct Line) leaving the bot.
/// </summary>
public static class ConversationHash
{
    /// <summary>The first 8 bytes of SHA-256 over the UTF-8 id, as 16 lower-case hex digits.</summary>
    public static string Of(string conversationId)
    {
        Span<byte> hash = stackalloc byte[SHA256.HashSizeInBytes];
        var length = Encoding.UTF8.GetMaxByteCount(conversationId.Length);
        var bytes = length <= 512 ? stackalloc byte[length] : new byte[length];
        var written = Encoding.UTF8.GetBytes(conversationId, bytes);
        SHA256.HashData(bytes[..written], hash);
        return Convert.ToHexStringLower(hash[..8]);
    }
}
