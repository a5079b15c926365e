using GuidanceBot.Knowledge.Context;
using GuidanceBot.Knowledge.Model;

namespace GuidanceBot.Knowledge.Loading;

/// <summary>Reads one entry of a <c>questions:</c> list: the question for a slot and its answer options.</summary>
public static class QuestionParser
{
    public static void Parse(YamlMappingReader reader, ContentSet content)
    {
        var slot = reader.String("slot");
        reader.What = slot is null ? "a question" : $"the question for '{slot}'";
        reader.OnlyFields("slot", "name", "names", "prompt", "help", "sharpens", "multiple", "optional", "options");
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

            content.Questions.Add(new Question(slot, prompt, help, sharpens, multiple, optional, options, reader.Location, name, names));
        }
    }
}
