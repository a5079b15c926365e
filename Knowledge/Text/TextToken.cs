namespace GuidanceBot.Knowledge.Text;

/// <summary>
/// One word of a text: where it is and which sentence and clause hold it. <see cref="Start"/> and
/// <see cref="Length"/> give the folded word in the tokenizer's lower-cased text; <see cref="End"/> is where the word
/// ends in the original text, which is further when folding dropped marks (Arabic short vowels, a combining accent).
/// </summary>
public readonly record struct TextToken(int Start, int Length, int Sentence, int Clause, int SourceLength)
{
    public TextToken(int start, int length, int sentence, int clause)
        : this(start, length, sentence, clause, length)
    {
    }

    public int End => Start + SourceLength;
}
