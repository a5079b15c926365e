using System.Buffers.Text;
using System.Security.Cryptography;

namespace GuidanceBot.Bot.Channels.DirectLine.Tokens;

/// <summary>
/// Conversation and user ids: 128 random bits, base64url. Unguessable and free of personal data; user ids carry
/// the <c>dl_</c> prefix that Direct Line reserves for ids embedded in tokens.
/// </summary>
public static class DirectLineIds
{
    public const string UserPrefix = "dl_";

    private const int RandomBytes = 16;
    private const int EncodedLength = 22;

    public static string NewConversationId() => Random();

    public static string NewUserId() => UserPrefix + Random();

    /// <summary>Route ids become storage keys, so only our alphabet is accepted (no '/', no dots).</summary>
    public static bool IsConversationId(string? id) =>
        id is { Length: > 0 and <= 64 } && id.All(IsBase64UrlChar);

    /// <summary>An id this service could have issued: what a partner page may hand back to keep its user.</summary>
    public static bool IsIssuedUserId(string? id) =>
        id is { Length: EncodedLength + 3 }
        && id.StartsWith(UserPrefix, StringComparison.Ordinal)
        && id.AsSpan(UserPrefix.Length).ToString().All(IsBase64UrlChar);

    /// <summary>A user id chosen by a secret holder (trusted server code): any short printable string.</summary>
    public static bool IsAcceptableUserId(string? id) =>
        id is { Length: > 0 and <= 128 } && !id.Any(char.IsControl);

    private static string Random() => Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(RandomBytes));

    private static bool IsBase64UrlChar(char c) => char.IsAsciiLetterOrDigit(c) || c is '-' or '_';
}
