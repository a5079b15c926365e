using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace GuidanceBot.Bot.Storage;

/// <summary>
/// Maps storage keys to blob names and back. Letters, digits, <c>-</c>, <c>_</c>, <c>.</c> and <c>/</c> stay as
/// they are, so the portal shows keys as folders; every other UTF-8 byte becomes <c>~XX</c> (hex). A <c>/</c> that
/// would make an empty path segment (first, last, doubled) and a <c>.</c> that would end a segment are escaped
/// too, because the service and URL handling drop or collapse those. Names that would exceed the service's
/// limits keep an escaped head of the key and end in <c>~~</c> plus the SHA-256 of the whole key.
/// </summary>
internal static class BlobNames
{
    public const int MaxNameLength = 1024;
    private const int MaxSegments = 254;
    private const int HashedHeadLength = 400;
    private const string HashSeparator = "~~";

    public static string FromKey(string key)
    {
        var name = Escape(key);
        if (name.Length <= MaxNameLength && name.Count(c => c == '/') < MaxSegments)
        {
            return name;
        }

        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)));
        return name[..HeadLength(name)] + HashSeparator + hash;
    }

    /// <summary>The key of a blob name, or only its first characters when the name was hashed.</summary>
    public static string KeyOrHeadOf(string name)
    {
        var hashAt = name.IndexOf(HashSeparator, StringComparison.Ordinal);
        var escaped = hashAt < 0 ? name : name[..hashAt];
        var bytes = new List<byte>(escaped.Length);
        for (var i = 0; i < escaped.Length; i++)
        {
            if (escaped[i] == '~' && i + 2 < escaped.Length && byte.TryParse(escaped.AsSpan(i + 1, 2), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var value))
            {
                bytes.Add(value);
                i += 2;
            }
            else
            {
                bytes.Add((byte)escaped[i]);
            }
        }

        return Encoding.UTF8.GetString(bytes.ToArray());
    }

    /// <summary>Where to cut a long name: at most <see cref="HashedHeadLength"/>, never inside <c>~XX</c> or a character's UTF-8 bytes.</summary>
    private static int HeadLength(string name)
    {
        var cut = HashedHeadLength;
        cut -= name[cut - 1] == '~' ? 1 : name[cut - 2] == '~' ? 2 : 0;
        while (cut > 0 && name[cut] == '~' && name[cut + 1] is '8' or '9' or 'A' or 'B')
        {
            cut -= 3; // a UTF-8 continuation byte: step back to the escape before it
        }

        return cut;
    }

    private static string Escape(string key)
    {
        var bytes = Encoding.UTF8.GetBytes(key);
        var name = new StringBuilder(bytes.Length + 8);
        for (var i = 0; i < bytes.Length; i++)
        {
            var b = bytes[i];
            var last = i == bytes.Length - 1;
            var keep = b switch
            {
                (byte)'/' => i > 0 && !last && bytes[i - 1] != (byte)'/',
                (byte)'.' => !last && bytes[i + 1] != (byte)'/',
                (byte)'-' or (byte)'_' => true,
                _ => char.IsAsciiLetterOrDigit((char)b),
            };
            if (keep)
            {
                name.Append((char)b);
            }
            else
            {
                name.Append('~').Append(b.ToString("X2", CultureInfo.InvariantCulture));
            }
        }

        return name.ToString();
    }
}
