namespace GuidanceBot.Knowledge.Context;

/// <summary>A context field that cannot be accepted, with a plain-English reason (the API returns these with 400).</summary>
public sealed record InvalidField(string Field, string Message);
