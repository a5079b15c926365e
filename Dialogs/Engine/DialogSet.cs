using GuidanceBot.Dialogs.Protocol;

namespace GuidanceBot.Dialogs.Engine;

/// <summary>The dialogs that can be started by id within one context.</summary>
public sealed class DialogSet
{
    private readonly Dictionary<string, Dialog> _dialogs = new(StringComparer.Ordinal);

    public DialogSet Add(Dialog dialog)
    {
        if (!_dialogs.TryAdd(dialog.Id, dialog))
        {
            throw new ArgumentException($"A dialog with id '{dialog.Id}' is already in the set.", nameof(dialog));
        }

        return this;
    }

    public Dialog? Find(string id) => _dialogs.GetValueOrDefault(id);

    public DialogContext CreateContext(IDialogSession session, DialogState state) => new(this, session, state);

    /// <summary>For dialogs that need no more than the turn.</summary>
    public DialogContext CreateContext(ITurnContext turnContext, DialogState state) => new(this, new TurnSession(turnContext), state);
}
