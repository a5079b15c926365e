using System.Text.Json;
using GuidanceBot.Bot.Http;
using GuidanceBot.Knowledge;
using GuidanceBot.Knowledge.Context;
using GuidanceBot.Knowledge.Interpretation;
using GuidanceBot.Knowledge.Recommendations;
using Microsoft.Extensions.Options;

namespace GuidanceBot.Bot.Api;

/// <summary>
/// The guidance and knowledge-search JSON API for integrations: <c>POST /api/guidance</c> (context in, guidance out),
/// <c>POST /api/guidance/what-if</c> (two contexts in, differences out), <c>POST /api/guidance/interpret</c>
/// (a free-text description in, the context slots it fills and those still missing out) and
/// <c>GET /api/knowledge/search</c>. Each request uses one knowledge snapshot from start to end.
/// </summary>
public static class KnowledgeApiHosting
{
    private const int MaxResults = 10;

    public static WebApplication MapKnowledgeApi(this WebApplication app)
    {
        app.MapPost("/api/guidance", PostGuidance);
        app.MapPost("/api/guidance/what-if", PostWhatIf);
        app.MapPost("/api/guidance/interpret", PostInterpret);
        app.MapGet("/api/knowledge/search", Search);
        return app;
    }

    private static async Task<IResult> PostGuidance(HttpRequest request, IKnowledgeBaseProvider knowledge, IOptions<BotOptions> options, CancellationToken cancellationToken)
    {
        var (json, failure) = await ReadJsonAsync(request, options.Value, cancellationToken);
        if (failure is not null)
        {
            return failure;
        }

        var invalid = new List<InvalidField>();
        var context = GuidanceContextReader.Read(json, "", invalid);
        if (invalid.Count > 0)
        {
            return InvalidRequestBody.Result("The context has fields that are not known; see invalidFields.", invalid);
        }

        return Results.Json(RecommendationEngine.Recommend(knowledge.Current, context!), KnowledgeApiJsonContext.Default.Guidance);
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
        if (string.IsNullOrWhiteSpace(q))
        {
            invalid.Add(new InvalidField("q", "is required: the question to search for."));
        }
        else if (q.Length > 500)
        {
            invalid.Add(new InvalidField("q", "is too long; ask in at most 500 characters."));
        }

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
