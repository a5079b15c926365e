using System.Text.Json.Nodes;

namespace GuidanceBot.Tests.TeamsApp;

/// <summary>The validator's verdict on one manifest: the schema it used and each error as "source path message".</summary>
public sealed class ManifestReport
{
    public ManifestReport(JsonObject result)
    {
        Schema = (string?)result["schema"];
        Errors = result["errors"]!.AsArray()
            .Select(error => new ManifestError((string)error!["source"]!, (string)error["path"]!, (string)error["message"]!))
            .ToList();
    }

    public string? Schema { get; }

    public IReadOnlyList<ManifestError> Errors { get; }

    public override string ToString() => Errors.Count == 0 ? "no errors" : string.Join("\n", Errors);
}
