using System.Text.Json;
using GuidanceBot.Dialogs.Engine;
using GuidanceBot.Dialogs.Engine.Prompts;
using GuidanceBot.Dialogs.Engine.Recognizers;

namespace GuidanceBot.Dialogs.Guidance.State;

/// <summary>
/// Reads the stored conversation state straight off a <see cref="Utf8JsonReader"/>. Every turn loads it, and the
/// serializer's general path (resumable converters, one frame per list) costs more than the parsing itself.
/// Writing stays with <see cref="GuidanceStateJsonContext"/>; the tests check both agree on every property.
/// Same rules as that context: camelCase names, absent means default, unknown properties are skipped.
/// </summary>
public static class ConversationDataReader
{
    public static ConversationData? Read(ReadOnlySpan<byte> utf8Json)
    {
        try
        {
            var reader = new Utf8JsonReader(utf8Json);
            return reader.Read() && reader.TokenType == JsonTokenType.StartObject ? ReadConversation(ref reader) : null;
        }
        catch (InvalidOperationException wrongType)
        {
            // A value of the wrong JSON type (a number where a string belongs): the same error the serializer gives.
            throw new JsonException("The stored conversation state has a value of the wrong type.", wrongType);
        }
    }

    private static ConversationData ReadConversation(ref Utf8JsonReader reader)
    {
        var data = new ConversationData();
        while (NextProperty(ref reader))
        {
            if (reader.ValueTextEquals("dialogs"u8)) { Advance(ref reader); data.Dialogs = ReadDialogState(ref reader) ?? new DialogState(); }
            else if (reader.ValueTextEquals("answers"u8)) { Advance(ref reader); data.Answers = ReadAnswers(ref reader) ?? []; }
            else if (reader.ValueTextEquals("skipped"u8)) { Advance(ref reader); data.Skipped = ReadStrings(ref reader) ?? []; }
            else if (reader.ValueTextEquals("answersBeforeChange"u8)) { Advance(ref reader); data.AnswersBeforeChange = ReadAnswers(ref reader); }
            else if (reader.ValueTextEquals("welcomed"u8)) { Advance(ref reader); data.Welcomed = reader.GetBoolean(); }
            else if (reader.ValueTextEquals("recentActivityIds"u8)) { Advance(ref reader); data.RecentActivityIds = ReadStrings(ref reader) ?? []; }
            else if (reader.ValueTextEquals("cardSequence"u8)) { Advance(ref reader); data.CardSequence = reader.GetInt32(); }
            else if (reader.ValueTextEquals("liveCardId"u8)) { Advance(ref reader); data.LiveCardId = reader.GetString(); }
            else if (reader.ValueTextEquals("liveCardActivityId"u8)) { Advance(ref reader); data.LiveCardActivityId = reader.GetString(); }
            else if (reader.ValueTextEquals("guidanceShown"u8)) { Advance(ref reader); data.GuidanceShown = reader.GetBoolean(); }
            else if (reader.ValueTextEquals("lastGuidanceItems"u8)) { Advance(ref reader); data.LastGuidanceItems = ReadStrings(ref reader) ?? []; }
            else if (reader.ValueTextEquals("offer"u8)) { Advance(ref reader); data.Offer = reader.GetString(); }
            else if (reader.ValueTextEquals("country"u8)) { Advance(ref reader); data.Country = reader.GetString(); }
            else if (reader.ValueTextEquals("language"u8)) { Advance(ref reader); data.Language = reader.GetString(); }
            else if (reader.ValueTextEquals("languageChosen"u8)) { Advance(ref reader); data.LanguageChosen = reader.GetBoolean(); }
            else { Advance(ref reader); reader.Skip(); }
        }

        return data;
    }

    private static DialogState? ReadDialogState(ref Utf8JsonReader reader)
    {
        if (!StartsObject(ref reader))
        {
            return null;
        }

        var state = new DialogState();
        while (NextProperty(ref reader))
        {
            if (reader.ValueTextEquals("stack"u8)) { Advance(ref reader); state.Stack = ReadList(ref reader, ReadDialogInstance) ?? []; }
            else { Advance(ref reader); reader.Skip(); }
        }

        return state;
    }

    private static DialogInstance? ReadDialogInstance(ref Utf8JsonReader reader)
    {
        if (!StartsObject(ref reader))
        {
            return null;
        }

        var instance = new DialogInstance();
        while (NextProperty(ref reader))
        {
            if (reader.ValueTextEquals("id"u8)) { Advance(ref reader); instance.Id = reader.GetString() ?? ""; }
            else if (reader.ValueTextEquals("stepIndex"u8)) { Advance(ref reader); instance.StepIndex = reader.GetInt32(); }
            else if (reader.ValueTextEquals("attempts"u8)) { Advance(ref reader); instance.Attempts = reader.GetInt32(); }
            else if (reader.ValueTextEquals("prompt"u8)) { Advance(ref reader); instance.Prompt = ReadPromptOptions(ref reader); }
            else if (reader.ValueTextEquals("inner"u8)) { Advance(ref reader); instance.Inner = ReadDialogState(ref reader); }
            else { Advance(ref reader); reader.Skip(); }
        }

        return instance;
    }

    private static PromptOptions? ReadPromptOptions(ref Utf8JsonReader reader)
    {
        if (!StartsObject(ref reader))
        {
            return null;
        }

        var options = new PromptOptions();
        while (NextProperty(ref reader))
        {
            if (reader.ValueTextEquals("prompt"u8)) { Advance(ref reader); options.Prompt = reader.GetString(); }
            else if (reader.ValueTextEquals("retryPrompt"u8)) { Advance(ref reader); options.RetryPrompt = reader.GetString(); }
            else if (reader.ValueTextEquals("help"u8)) { Advance(ref reader); options.Help = reader.GetString(); }
            else if (reader.ValueTextEquals("choices"u8)) { Advance(ref reader); options.Choices = ReadList(ref reader, ReadChoice); }
            else if (reader.ValueTextEquals("questionId"u8)) { Advance(ref reader); options.QuestionId = reader.GetString(); }
            else if (reader.ValueTextEquals("allowMultiple"u8)) { Advance(ref reader); options.AllowMultiple = reader.GetBoolean(); }
            else { Advance(ref reader); reader.Skip(); }
        }

        return options;
    }

    private static Choice? ReadChoice(ref Utf8JsonReader reader)
    {
        if (!StartsObject(ref reader))
        {
            return null;
        }

        var choice = new Choice();
        while (NextProperty(ref reader))
        {
            if (reader.ValueTextEquals("value"u8)) { Advance(ref reader); choice.Value = reader.GetString() ?? ""; }
            else if (reader.ValueTextEquals("title"u8)) { Advance(ref reader); choice.Title = reader.GetString() ?? ""; }
            else if (reader.ValueTextEquals("synonyms"u8)) { Advance(ref reader); choice.Synonyms = ReadStrings(ref reader); }
            else { Advance(ref reader); reader.Skip(); }
        }

        return choice;
    }

    private static List<SlotAnswerRecord>? ReadAnswers(ref Utf8JsonReader reader) => ReadList(ref reader, ReadAnswer);

    private static SlotAnswerRecord? ReadAnswer(ref Utf8JsonReader reader)
    {
        if (!StartsObject(ref reader))
        {
            return null;
        }

        var answer = new SlotAnswerRecord();
        while (NextProperty(ref reader))
        {
            if (reader.ValueTextEquals("slot"u8)) { Advance(ref reader); answer.Slot = reader.GetString() ?? ""; }
            else if (reader.ValueTextEquals("values"u8)) { Advance(ref reader); answer.Values = ReadStrings(ref reader) ?? []; }
            else if (reader.ValueTextEquals("answeredBy"u8)) { Advance(ref reader); answer.AnsweredBy = reader.GetString(); }
            else { Advance(ref reader); reader.Skip(); }
        }

        return answer;
    }

    private static List<string>? ReadStrings(ref Utf8JsonReader reader) => ReadList(ref reader, static (ref Utf8JsonReader item) => item.GetString());

    private delegate T? ItemReader<T>(ref Utf8JsonReader reader);

    /// <summary>A JSON array of items (null items are dropped, as lists here never hold nulls); null for a JSON null.</summary>
    private static List<T>? ReadList<T>(ref Utf8JsonReader reader, ItemReader<T> readItem)
        where T : class
    {
        if (reader.TokenType == JsonTokenType.Null)
        {
            return null;
        }

        Expect(ref reader, JsonTokenType.StartArray);
        var items = new List<T>();
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            if (readItem(ref reader) is { } item)
            {
                items.Add(item);
            }
        }

        return items;
    }

    /// <summary>True at an object's start; false at a JSON null (the value is then absent).</summary>
    private static bool StartsObject(ref Utf8JsonReader reader)
    {
        if (reader.TokenType == JsonTokenType.Null)
        {
            return false;
        }

        Expect(ref reader, JsonTokenType.StartObject);
        return true;
    }

    /// <summary>Moves to the next property name of the current object; false at its end.</summary>
    private static bool NextProperty(ref Utf8JsonReader reader)
    {
        reader.Read();
        return reader.TokenType == JsonTokenType.PropertyName;
    }

    /// <summary>From a property name to its value.</summary>
    private static void Advance(ref Utf8JsonReader reader) => reader.Read();

    private static void Expect(ref Utf8JsonReader reader, JsonTokenType type)
    {
        if (reader.TokenType != type)
        {
            throw new JsonException($"Expected {type} but found {reader.TokenType} at byte {reader.TokenStartIndex} of the stored conversation state.");
        }
    }
}
