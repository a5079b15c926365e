using GuidanceBot.Knowledge.Context;
using GuidanceBot.Knowledge.Model;
using GuidanceBot.Knowledge.Validation;

namespace GuidanceBot.Knowledge.Loading;

/// <summary>Reads one entry of a <c>questions:</c> list: the question for a slot and its answer options.</summary>
public static class QuestionParser
{
    public static void Parse(YamlMappingReader reader, ContentSet content)
    {
        var slot = reader.String("slot");
        reader.What = slot is null ? "a question" : $"the question for '{slot}'";
        reader.OnlyFields("slot", "name", "names", "prompt", "help", "sharpens", "multiple", "optional", "askWhenItMatters", "hidden", "framings", "options");
        var definition = slot is null ? null : Slots.Find(slot);
        if (slot is not null && definition is null)
        {
            var hint = Spelling.Closest(slot, Slots.All.Select(s => s.Id));
            reader.Error(reader.At(reader.Node("slot")!), $"'{slot}' is not a known slot" + (hint is null ? $"; slots are: {string.Join(", ", Slots.All.Select(s => s.Id))}." : $"; did you mean '{hint}'?"));
        }

        var name = reader.String("name");
        var names = reader.StringList("names").Select(entry => entry.Value).ToList();
        var prompt = reader.String("prompt");
        var help = reader.String("help");
        var sharpens = reader.String("sharpens");
        var multiple = reader.Boolean("multiple");
        var optional = reader.Boolean("optional");
        var askWhenItMatters = reader.Boolean("askWhenItMatters");
        var hidden = reader.Boolean("hidden");
        var options = new List<AnswerOption>();
        foreach (var option in reader.Mappings("options", "an answer option"))
        {
            var value = option.String("value");
            option.What = value is null ? $"an option of {reader.What}" : $"option '{value}' of {reader.What}";
            option.OnlyFields("value", "label", "answer", "synonyms", "help");
            if (value is not null && definition is not null && !definition.Values.Contains(value))
            {
                var hint = Spelling.Closest(value, definition.Values);
                option.Error(option.At(option.Node("value")!), $"'{value}' is not a value of slot '{slot}'" + (hint is null ? $"; its values are: {string.Join(", ", definition.Values)}." : $"; did you mean '{hint}'?"));
                continue;
            }

            var label = option.String("label");
            var answer = option.String("answer");
            var synonyms = option.StringList("synonyms").Select(entry => entry.Value).ToList();
            if (value is not null && label is not null && answer is not null)
            {
                options.Add(new AnswerOption(value, label, answer, synonyms, option.String("help", required: false)));
            }
        }

        if (slot is not null && definition is not null && name is not null && prompt is not null && help is not null && sharpens is not null)
        {
            if (multiple != definition.Multiple)
            {
                reader.Error(reader.Location, $"{reader.What} should {(definition.Multiple ? "" : "not ")}say \"multiple: true\": the slot '{slot}' {(definition.Multiple ? "holds several answers" : "holds one answer")}.");
            }

            if ((askWhenItMatters || hidden) && !optional)
            {
                reader.Error(reader.Location, $"{reader.What}: only an optional question may say \"askWhenItMatters\" or \"hidden\" (a required one is always asked).");
            }

            var question = new Question(slot, prompt, help, sharpens, multiple, optional, options, reader.Location, name, names)
            {
                AskWhenItMatters = askWhenItMatters,
                Hidden = hidden,
            };
            content.Questions.Add(question with { Framings = Framings(reader, content, question) });
        }
    }

    /// <summary>
    /// The question's other wordings (<c>framings:</c>), each a full copy of the question with its prompt, help and
    /// the answers it lists replaced, so that choosing one at run time costs nothing.
    /// </summary>
    private static List<QuestionFraming> Framings(YamlMappingReader reader, ContentSet content, Question question)
    {
        var framings = new List<QuestionFraming>();
        foreach (var framing in reader.Mappings("framings", "a framing", required: false))
        {
            framing.What = $"a framing of {reader.What}";
            framing.OnlyFields("when", "prompt", "help", "answers");
            var when = ApplicabilityParser.Parse(framing, "when", content);
            if (when.IsEverywhere || when.Slots.ContainsKey(question.Slot))
            {
                framing.Error(framing.Location, $"{framing.What}: \"when\" should name the answers of other questions it is for, e.g. {{ membership: [returnee] }}.");
                continue;
            }

            var answers = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var (value, node, location) in framing.Entries("answers"))
            {
                if (question.Option(value) is null)
                {
                    framing.Error(location, $"{framing.What}: '{value}' is not an option of this question.");
                }
                else if (node is YamlDotNet.RepresentationModel.YamlScalarNode { Value: { Length: > 0 } text })
                {
                    answers[value] = text;
                }
            }

            var framed = question with
            {
                Prompt = framing.String("prompt", required: false) ?? question.Prompt,
                Help = framing.String("help", required: false) ?? question.Help,
                Options = [.. question.Options.Select(option => answers.TryGetValue(option.Value, out var text) ? option with { Answer = text } : option)],
                FramingNumber = framings.Count + 1,
            };
            framings.Add(new QuestionFraming(when, framed));
        }

        return framings;
    }
}
