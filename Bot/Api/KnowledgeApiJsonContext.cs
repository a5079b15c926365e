using System.Text.Json.Serialization;
using GuidanceBot.Knowledge.Interpretation;
using GuidanceBot.Knowledge.Recommendations;
using GuidanceBot.Knowledge.Search;

namespace GuidanceBot.Bot.Api;

/// <summary>Source-generated JSON for the knowledge API (camelCase, nulls omitted), so responses need no reflection.</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(Guidance))]
[JsonSerializable(typeof(WhatIfResponse))]
[JsonSerializable(typeof(SearchResults))]
[JsonSerializable(typeof(AnswerResponse))]
[JsonSerializable(typeof(Interpretation))]
[JsonSerializable(typeof(InvalidRequestBody))]
[JsonSerializable(typeof(System.Text.Json.Nodes.JsonObject))]
public sealed partial class KnowledgeApiJsonContext : JsonSerializerContext;
