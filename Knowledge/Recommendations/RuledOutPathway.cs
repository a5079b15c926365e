using GuidanceBot.Knowledge.Model;

namespace GuidanceBot.Knowledge.Recommendations;

/// <summary>A pathway the context rules out for now, with the reasons (e.g. the law allows informal groups only).</summary>
public sealed record RuledOutPathway(string Id, string Title, IReadOnlyList<GuidanceReason> Reasons, IReadOnlyList<Citation> Sources);
