using System.Text.Json;
using GuidanceBot.Knowledge.Context;

namespace GuidanceBot.Bot.Api;

/// <summary>
/// Turns a JSON object of slot answers (<c>{"membership":"host","needs":["finance"]}</c>) into a
/// <see cref="GuidanceContext"/>, collecting every refused field rather than stopping at the first.
/// </summary>
public static class GuidanceContextReader
{
    public static GuidanceContext? Read(JsonElement json, string prefix, List<InvalidField> invalid)
    {
        if (json.ValueKind != JsonValueKind.Object)
        {
            invalid.Add(new InvalidField(prefix.TrimEnd('.') is { Length: > 0 } name ? name : "(body)", "should be a JSON object of slot answers, e.g. {\"membership\": \"host\"}."));
            return null;
        }

        var answers = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        foreach (var property in json.EnumerateObject())
        {
            var values = Values(property.Value);
            if (values is null)
            {
                invalid.Add(new InvalidField(prefix + property.Name, "should be a text value, or a list of texts for 'needs'."));
                continue;
            }

            answers[property.Name] = values;
        }

        if (!GuidanceContext.TryCreate(answers, out var context, out var problems))
        {
            invalid.AddRange(problems.Select(problem => problem with { Field = prefix + problem.Field }));
        }

        return context;
    }

    private static List<string>? Values(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Null => [],
        JsonValueKind.String => [value.GetString()!],
        JsonValueKind.Array when value.EnumerateArray().All(entry => entry.ValueKind == JsonValueKind.String) =>
            [.. value.EnumerateArray().Select(entry => entry.GetString()!)],
        _ => null,
    };
}
