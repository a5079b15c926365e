namespace GuidanceBot.Bot.Api;

/// <summary>One numbered source of an answer: how it reads in the chat (<see cref="Text"/>) and its parts.</summary>
public sealed record AnswerResponseCitation(int Number, string Text, string? Document, string? Section, string? Url, string Evidence);
