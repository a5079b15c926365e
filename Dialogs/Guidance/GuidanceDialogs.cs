using GuidanceBot.Dialogs.Engine;

namespace GuidanceBot.Dialogs.Guidance;

/// <summary>The dialogs of the guided conversation, built once and shared by every turn (they hold no state).</summary>
public sealed class GuidanceDialogs(GuidanceActions actions)
{
    public DialogSet Set { get; } = new DialogSet()
        .Add(new GuidedFlowDialog())
        .Add(new SlotPrompt(actions));
}
