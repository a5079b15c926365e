using System.Text.Json;
using GuidanceBot.Bot.Http;
using GuidanceBot.Knowledge;
using GuidanceBot.Knowledge.Answers;
using GuidanceBot.Knowledge.Context;
using GuidanceBot.Knowledge.Interpretation;
using GuidanceBot.Knowledge.Model;
using GuidanceBot.Knowledge.Recommendations;
using GuidanceBot.Knowledge.Search;
using Microsoft.Extensions.Options;

namespace GuidanceBot.Bot.Api;

/// <summary>
/// The guidance and knowledge-search JSON API for integrations: <c>POST /api/guidance</c> (context in, guidance out),
/// <c>POST /api/guidance/what-if</c> (two contexts in, differences out), <c>POST /api/guidance/interpret</c>
/// (a free-text description in, the context slots it fills and those still missing out) and
/// <c>GET /api/knowledge/search</c> (items found) and <c>GET /api/knowledge/answer</c> (the composed answer the chat
/// shows). Each request uses one knowledge snapshot from start to end.
/// </summary>
public static class KnowledgeApiHosting
{
    private const int MaxResults = 10;
    private const int MaxQuestionLength = 500;

    public static WebApplication MapKnowledgeApi(this WebApplication app)
    {
        app.MapPost("/api/guidance", PostGuidance);
        app.MapPost("/api/guidance/what-if", PostWhatIf);
        app.MapPost("/api/guidance/interpret", PostInterpret);
        app.MapGet("/api/knowledge/search", Search);
        app.MapGet("/api/knowledge/answer", Answer);
        return app;
    }

    private static async Task<IResult> PostGuidance(HttpRequest request, IKnowledgeBaseProvider knowledge, IOptions<BotOptions> options, CancellationToken cancellationToken)
    {
        var (json, failure) = await ReadJsonAsync(request, options.Value, cancellationToken);
        if (failure is not null)
        {
            return failure;
        }

        var snapshot = knowledge.Current;
        var invalid = new List<InvalidField>();
        var (answers, country) = TakeCountry(json, snapshot, invalid);
        var context = GuidanceContextReader.Read(answers, "", invalid);
        if (invalid.Count > 0)
        {
            return InvalidRequestBody.Result("The context has fields that are not known; see invalidFields.", invalid);
        }

        var guidance = RecommendationEngine.Recommend(snapshot, context!);
        if (country is not null)
        {
            guidance = guidance with { LegalNotes = CountryLegalNotes.For(snapshot, country) };
        }

        return Results.Json(guidance, KnowledgeApiJsonContext.Default.Guidance);
    }

    /// <summary>
    /// The optional <c>country</c> of a guidance request (an id such as "jordan", or a name or place such as
    /// "Türkiye" or "Gaziantep"), taken out of the slot answers; an unknown one is refused with the known ids.
    /// </summary>
    private static (JsonElement Answers, Country? Country) TakeCountry(JsonElement json, KnowledgeBase knowledge, List<InvalidField> invalid)
    {
        if (json.ValueKind != JsonValueKind.Object || !json.TryGetProperty("country", out var value))
        {
            return (json, null);
        }

        var rest = System.Text.Json.Nodes.JsonObject.Create(json)!;
        rest.Remove("country");
        using var document = JsonDocument.Parse(rest.ToJsonString());
        var answers = document.RootElement.Clone();
        if (value.ValueKind == JsonValueKind.Null)
        {
            return (answers, null);
        }

        var country = value.ValueKind == JsonValueKind.String ? knowledge.Countries.Resolve(value.GetString()) : null;
        if (country is null)
        {
            var known = string.Join(", ", knowledge.Countries.Countries.Select(listed => listed.Id));
            invalid.Add(new InvalidField("country", $"should name a country with legal notes, by id or name: {known}."));
        }

        return (answers, country);
    }

    private static async Task<IResult> PostWhatIf(HttpRequest request, IKnowledgeBaseProvider knowledge, IOptions<BotOptions> options, CancellationToken cancellationToken)
    {
        var (json, failure) = await ReadJsonAsync(request, options.Value, cancellationToken);
        if (failure is not null)
        {
            return failure;
        }

        var invalid = new List<InvalidField>();
        GuidanceContext? Part(string name)
        {
            if (json.ValueKind == JsonValueKind.Object && json.TryGetProperty(name, out var part))
            {
                return GuidanceContextReader.Read(part, name + ".", invalid);
            }

            invalid.Add(new InvalidField(name, $"is required: the {name} context as a JSON object of slot answers."));
            return null;
        }

        var before = Part("before");
        var after = Part("after");
        if (invalid.Count > 0)
        {
            return InvalidRequestBody.Result("The two contexts have fields that are not known; see invalidFields.", invalid);
        }

        var comparison = RecommendationEngine.WhatIf(knowledge.Current, before!, after!);
        return Results.Json(WhatIfResponse.From(comparison), KnowledgeApiJsonContext.Default.WhatIfResponse);
    }

    private static async Task<IResult> PostInterpret(HttpRequest request, IKnowledgeBaseProvider knowledge, IOptions<BotOptions> options, CancellationToken cancellationToken)
    {
        var (json, failure) = await ReadJsonAsync(request, options.Value, cancellationToken);
        if (failure is not null)
        {
            return failure;
        }

        var invalid = new List<InvalidField>();
        var (text, locale) = InterpretRequestReader.Read(json, invalid);
        if (invalid.Count > 0)
        {
            return InvalidRequestBody.Result("The interpret request is not valid; see invalidFields.", invalid);
        }

        return Results.Json(ContextInterpreter.Interpret(knowledge.Current, text, locale), KnowledgeApiJsonContext.Default.Interpretation);
    }

    private static IResult Search(string? q, string? locale, int? top, IKnowledgeBaseProvider knowledge)
    {
        var invalid = new List<InvalidField>();
        CheckQuestion(q, "the question to search for", invalid);

        if (top is < 1 or > MaxResults)
        {
            invalid.Add(new InvalidField("top", $"should be between 1 and {MaxResults}."));
        }

        if (invalid.Count > 0)
        {
            return InvalidRequestBody.Result("The search request is not valid; see invalidFields.", invalid);
        }

        return Results.Json(knowledge.Current.Search.Search(q!, locale, top ?? 5), KnowledgeApiJsonContext.Default.SearchResults);
    }

    /// <summary>The answer the chat gives to a free question, composed from the best items, with numbered sources.</summary>
    private static IResult Answer(string? q, string? locale, IKnowledgeBaseProvider knowledge)
    {
        var invalid = new List<InvalidField>();
        CheckQuestion(q, "the question to answer", invalid);
        if (invalid.Count > 0)
        {
            return InvalidRequestBody.Result("The answer request is not valid; see invalidFields.", invalid);
        }

        var snapshot = knowledge.Current;
        var answer = AnswerComposer.Compose(snapshot, q!, locale);
        return Results.Json(AnswerResponse.From(snapshot, answer), KnowledgeApiJsonContext.Default.AnswerResponse);
    }

    private static void CheckQuestion(string? q, string what, List<InvalidField> invalid)
    {
        if (string.IsNullOrWhiteSpace(q))
        {
            invalid.Add(new InvalidField("q", $"is required: {what}."));
        }
        else if (q.Length > MaxQuestionLength)
        {
            invalid.Add(new InvalidField("q", $"is too long; ask in at most {MaxQuestionLength} characters."));
        }
    }

    private static async Task<(JsonElement Json, IResult? Failure)> ReadJsonAsync(HttpRequest request, BotOptions options, CancellationToken cancellationToken)
    {
        if (!request.HasJsonContentType())
        {
            return (default, ErrorBody.Result(StatusCodes.Status415UnsupportedMediaType, "Send the body as application/json."));
        }

        var body = await RequestBody.ReadAsync(request, options.MaxRequestBodyBytes, cancellationToken);
        if (body is null)
        {
            return (default, ErrorBody.Result(StatusCodes.Status413PayloadTooLarge, $"The body is larger than {options.MaxRequestBodyBytes} bytes."));
        }

        try
        {
            using var document = JsonDocument.Parse(body);
            return (document.RootElement.Clone(), null);
        }
        catch (JsonException exception)
        {
            return (default, InvalidRequestBody.Result($"The body is not valid JSON: {exception.Message}", [new InvalidField("(body)", "is not valid JSON.")]));
        }
    }
}
