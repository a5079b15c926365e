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
/// shows). Each request uses one knowledge snapshot from start to end, in the language its <c>locale</c> asks for
/// (body field for the POSTs that read a text or a context, <c>?locale=</c> for the others; see <see cref="RequestLocale"/>).
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

        var invalid = new List<InvalidField>();
        var (rest, locale) = TakeLocale(json, invalid);
        var snapshot = knowledge.Current.In(locale);
        var (answers, country) = TakeCountry(rest, snapshot, invalid);
        var context = GuidanceContextReader.Read(answers, "", invalid);
        if (invalid.Count > 0)
        {
            return InvalidRequestBody.Result("The context has fields that are not known; see invalidFields.", invalid);
        }

        snapshot = RequestLocale.Use(request.HttpContext, knowledge.Current, locale);
        var guidance = RecommendationEngine.Recommend(snapshot, context!);
        if (country is not null)
        {
            guidance = guidance with { LegalNotes = CountryLegalNotes.For(snapshot, country) };
        }

        // The guidance as it always was, plus the language it is written in.
        var body = JsonSerializer.SerializeToNode(guidance, KnowledgeApiJsonContext.Default.Guidance)!.AsObject();
        body["locale"] = snapshot.Locale;
        return Results.Json(body, KnowledgeApiJsonContext.Default.JsonObject);
    }

    /// <summary>The optional <c>locale</c> of a guidance request, taken out of the slot answers; a malformed one is refused.</summary>
    private static (JsonElement Remainder, string? Locale) TakeLocale(JsonElement json, List<InvalidField> invalid)
    {
        var (rest, value) = Take(json, "locale");
        if (value is not { } locale || locale.ValueKind == JsonValueKind.Null)
        {
            return (rest, null);
        }

        if (locale.ValueKind != JsonValueKind.String)
        {
            invalid.Add(new InvalidField("locale", "should be a text value: a language tag such as en, fr or ar."));
            return (rest, null);
        }

        var tag = locale.GetString()!;
        RequestLocale.Check(tag, invalid);
        return (rest, string.IsNullOrWhiteSpace(tag) ? null : tag);
    }

    /// <summary>The body without the property <paramref name="name"/>, and that property's value (null when absent).</summary>
    private static (JsonElement Remainder, JsonElement? Value) Take(JsonElement json, string name)
    {
        if (json.ValueKind != JsonValueKind.Object || !json.TryGetProperty(name, out var value))
        {
            return (json, null);
        }

        var rest = System.Text.Json.Nodes.JsonObject.Create(json)!;
        rest.Remove(name);
        using var document = JsonDocument.Parse(rest.ToJsonString());
        return (document.RootElement.Clone(), value.Clone());
    }

    /// <summary>
    /// The optional <c>country</c> of a guidance request (an id such as "jordan", or a name or place such as
    /// "Türkiye" or "Gaziantep"), taken out of the slot answers; an unknown one is refused with the known ids.
    /// </summary>
    private static (JsonElement Answers, Country? Country) TakeCountry(JsonElement json, KnowledgeBase knowledge, List<InvalidField> invalid)
    {
        var (answers, taken) = Take(json, "country");
        if (taken is not { } value || value.ValueKind == JsonValueKind.Null)
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

    private static async Task<IResult> PostWhatIf(HttpRequest request, string? locale, IKnowledgeBaseProvider knowledge, IOptions<BotOptions> options, CancellationToken cancellationToken)
    {
        var invalidLocale = new List<InvalidField>();
        RequestLocale.Check(locale, invalidLocale);
        if (invalidLocale.Count > 0)
        {
            return InvalidRequestBody.Result("The what-if request is not valid; see invalidFields.", invalidLocale);
        }

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

        var snapshot = RequestLocale.Use(request.HttpContext, knowledge.Current, locale);
        var comparison = RecommendationEngine.WhatIf(snapshot, before!, after!);
        return Results.Json(WhatIfResponse.From(comparison, snapshot.Locale), KnowledgeApiJsonContext.Default.WhatIfResponse);
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

        var snapshot = RequestLocale.Use(request.HttpContext, knowledge.Current, locale);
        return Results.Json(ContextInterpreter.Interpret(snapshot, text, snapshot.Locale), KnowledgeApiJsonContext.Default.Interpretation);
    }

    private static IResult Search(HttpContext http, string? q, string? locale, int? top, IKnowledgeBaseProvider knowledge)
    {
        var invalid = new List<InvalidField>();
        CheckQuestion(q, "the question to search for", invalid);
        RequestLocale.Check(locale, invalid);

        if (top is < 1 or > MaxResults)
        {
            invalid.Add(new InvalidField("top", $"should be between 1 and {MaxResults}."));
        }

        if (invalid.Count > 0)
        {
            return InvalidRequestBody.Result("The search request is not valid; see invalidFields.", invalid);
        }

        var snapshot = RequestLocale.Use(http, knowledge.Current, locale);
        var results = snapshot.Search.Search(q!, snapshot.Locale, top ?? 5) with { Locale = snapshot.Locale };
        return Results.Json(results, KnowledgeApiJsonContext.Default.SearchResults);
    }

    /// <summary>The answer the chat gives to a free question, composed from the best items, with numbered sources.</summary>
    private static IResult Answer(HttpContext http, string? q, string? locale, IKnowledgeBaseProvider knowledge)
    {
        var invalid = new List<InvalidField>();
        CheckQuestion(q, "the question to answer", invalid);
        RequestLocale.Check(locale, invalid);
        if (invalid.Count > 0)
        {
            return InvalidRequestBody.Result("The answer request is not valid; see invalidFields.", invalid);
        }

        var snapshot = RequestLocale.Use(http, knowledge.Current, locale);
        var answer = AnswerComposer.Compose(snapshot, q!, snapshot.Locale) with { Locale = snapshot.Locale };
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
