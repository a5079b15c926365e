namespace GuidanceBot.Knowledge.Responses;

/// <summary>Response keys that composed answers and legal-note replies need; the validator refuses content without them.</summary>
public static class AnswerResponseKeys
{
    public const string Related = "qa.related";
    public const string RelatedLine = "qa.relatedLine";
    public const string Sources = "qa.sources";
    public const string LegalNote = "qa.legalNote";
    public const string LegalNotesIntro = "legalNotes.intro";
    public const string LegalNotesCountries = "legalNotes.countries";
    public const string LegalNotesCountryLine = "legalNotes.countryLine";

    public static readonly IReadOnlyList<string> Required =
        [Related, RelatedLine, Sources, LegalNote, LegalNotesIntro, LegalNotesCountries, LegalNotesCountryLine];
}
