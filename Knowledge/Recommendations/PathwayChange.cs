namespace GuidanceBot.Knowledge.Recommendations;

/// <summary>
/// How one pathway moved in a what-if: rank (null when not ranked) and score before and after, whether it was ruled
/// out, and the reasons that appeared or disappeared, which say why.
/// </summary>
public sealed record PathwayChange(
    string Id,
    string Title,
    int? RankBefore,
    int? RankAfter,
    double ScoreBefore,
    double ScoreAfter,
    bool RuledOutBefore,
    bool RuledOutAfter,
    IReadOnlyList<GuidanceReason> ReasonsAdded,
    IReadOnlyList<GuidanceReason> ReasonsRemoved);
