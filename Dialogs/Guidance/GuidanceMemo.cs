using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using GuidanceBot.Knowledge;
using GuidanceBot.Knowledge.Answers;
using GuidanceBot.Knowledge.Context;
using GuidanceBot.Knowledge.Recommendations;

namespace GuidanceBot.Dialogs.Guidance;

/// <summary>
/// Guidance and the cards that show it depend only on the content snapshot and the answers, and the staff of a
/// region give the same few combinations again and again. So each is computed and rendered once per snapshot
/// (a content reload starts afresh) and reused. Only answer ids are keys: nothing a user typed, no names.
/// </summary>
public sealed class GuidanceMemo
{
    /// <summary>Enough for every combination a training day produces; past either bound a memo starts over (cheap, rare).</summary>
    private const int MaxGuidance = 1024;

    private const long MaxCardBytes = 8 * 1024 * 1024;

    private static readonly ConditionalWeakTable<KnowledgeBase, GuidanceMemo> BySnapshot = [];

    private readonly KnowledgeBase _knowledge;
    private readonly ConcurrentDictionary<string, Knowledge.Recommendations.Guidance> _guidance = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, byte[]> _cards = new(StringComparer.Ordinal);
    private long _cardBytes;

    private GuidanceMemo(KnowledgeBase knowledge) => _knowledge = knowledge;

    /// <summary>The bytes of the rendered cards held now (never much above the budget of 8 MB).</summary>
    public long CardBytes => Interlocked.Read(ref _cardBytes);

    public static GuidanceMemo Of(KnowledgeBase knowledge) => BySnapshot.GetValue(knowledge, static snapshot => new GuidanceMemo(snapshot));

    public Knowledge.Recommendations.Guidance Recommend(GuidanceContext context) => Recommend(context, null);

    /// <summary>
    /// The guidance for the answers, carrying the legal notes of the country the conversation named (each with its
    /// as-of date and the caution to check locally); memoised per answers and country id.
    /// </summary>
    public Knowledge.Recommendations.Guidance Recommend(GuidanceContext context, string? country)
    {
        var key = Key(context, country);
        if (!_guidance.TryGetValue(key, out var guidance))
        {
            guidance = RecommendationEngine.Recommend(_knowledge, context);
            if (country is not null && _knowledge.Countries.Get(country) is { } named)
            {
                guidance = guidance with { LegalNotes = CountryLegalNotes.For(_knowledge, named) };
            }

            if (_guidance.Count >= MaxGuidance)
            {
                _guidance.Clear();
            }

            _guidance[key] = guidance;
        }

        return guidance;
    }

    /// <summary>A rendered card, by what it shows: <paramref name="key"/> names the card and everything it depends on.</summary>
    public byte[] Card(string key, Func<byte[]> render)
    {
        if (!_cards.TryGetValue(key, out var card))
        {
            card = render();
            if (Interlocked.Add(ref _cardBytes, card.Length) > MaxCardBytes)
            {
                _cards.Clear();
                Interlocked.Exchange(ref _cardBytes, card.Length);
            }

            _cards[key] = card;
        }

        return card;
    }

    /// <summary>The answers as a key: every slot in a fixed order, values as given.</summary>
    public static string Key(GuidanceContext context) => string.Join(
        '|',
        context.Membership,
        context.LegalEnvironment,
        context.Stage,
        string.Join(',', context.Needs),
        context.Role,
        context.CooperativeType,
        context.Phase,
        context.Displacement);

    /// <summary>The answers and the named country (if any) as a key.</summary>
    public static string Key(GuidanceContext context, string? country) =>
        country is null ? Key(context) : Key(context) + "|country=" + country;
}
