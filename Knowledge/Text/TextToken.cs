namespace GuidanceBot.Knowledge.Text;

/// <summary>One word of a text: where it is (UTF-16 offset and length) and which sentence and clause hold it.</summary>
public readonly record struct TextToken(int Start, int Length, int Sentence, int Clause)
{
    public int End => Start + Length;
}
