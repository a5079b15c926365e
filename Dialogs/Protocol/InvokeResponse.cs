using System.Text.Json.Nodes;

namespace GuidanceBot.Dialogs.Protocol;

/// <summary>The synchronous answer to an <c>invoke</c>: HTTP status and an optional JSON body.</summary>
public sealed record InvokeResponse(int Status, JsonNode? Body = null)
{
    public static InvokeResponse Ok(JsonNode? body = null) => new(200, body);
    public static readonly InvokeResponse NotImplemented = new(501);
}
