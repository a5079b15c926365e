namespace GuidanceBot.Knowledge.Model;

/// <summary>
/// Where one statement comes from: a known document (with the section cited) or a web page, and the evidence tag
/// that says whether it is the study's own word. <see cref="DocumentTitle"/> is filled in from the document list.
/// </summary>
public sealed record Citation(string? Document, string? DocumentTitle, string? Section, string? Url, string Evidence);
