using System.Text.Json;
using GuidanceBot.Dialogs.Protocol;
using GuidanceBot.Knowledge.Loading;
using GuidanceBot.Knowledge.Validation;

namespace GuidanceBot.Fuzz;

/// <summary>
/// The parsers that read bytes from outside: each reads one input and may fail only in its documented way. Any
/// other exception escapes, and AFL++ records the input as a crash.
/// </summary>
public static class FuzzTargets
{
    public static readonly IReadOnlyDictionary<string, Action<Stream>> ByName = new Dictionary<string, Action<Stream>>
    {
        ["activity"] = Activity,
        ["yaml"] = ContentFile,
    };

    /// <summary>An activity as a channel posts it: the reader returns it or throws JsonException (a 400 on the wire).</summary>
    public static void Activity(Stream input)
    {
        using var buffer = new MemoryStream();
        input.CopyTo(buffer);
        try
        {
            var activity = ProtocolJson.DeserializeActivity(buffer.GetBuffer().AsSpan(0, (int)buffer.Length));
            _ = CardSubmit.From(activity ?? new Activity());
        }
        catch (JsonException)
        {
        }
    }

    /// <summary>A content file as an editor writes it: every problem is a message in the report, nothing throws.</summary>
    public static void ContentFile(Stream input)
    {
        var report = new ValidationReport();
        using var reader = new StreamReader(input);
        if (ContentFileParser.Read(reader, "fuzz.yml", report) is { } root)
        {
            var content = new ContentSet();
            ContentFileParser.Parse(root, "fuzz.yml", content, report);
            _ = KnowledgeValidator.Validate(content, report);
        }
    }
}
