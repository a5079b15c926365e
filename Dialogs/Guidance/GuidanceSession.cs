using GuidanceBot.Dialogs.Cards;
using GuidanceBot.Dialogs.Cards.AdaptiveCards;
using GuidanceBot.Dialogs.Engine;
using GuidanceBot.Dialogs.Guidance.State;
using GuidanceBot.Dialogs.Protocol;
using GuidanceBot.Dialogs.Turns;
using GuidanceBot.Knowledge;
using GuidanceBot.Knowledge.Responses;

namespace GuidanceBot.Dialogs.Guidance;

/// <summary>
/// One turn of the guided conversation, as its dialogs see it on their dialog context: the turn, the card press
/// (parsed once here), the conversation's state, and the knowledge snapshot taken for this turn (content may reload
/// between turns, never during one).
/// </summary>
public sealed class GuidanceSession(ITurnContext turn, ConversationData state, KnowledgeBase knowledge, ITurnContext? channelTurn = null) : IDialogSession, ITurnSession
{
    public ITurnContext Turn { get; } = turn;

    public CardSubmit? Press { get; } = CardSubmit.From(turn.Activity);

    /// <summary>What the bot's previous reply offered ("yes" takes it), taken from the state as this turn began.</summary>
    public string? Offer { get; private set; }

    public ConversationData State { get; set; } = state;

    /// <summary>The snapshot in the conversation's language (<see cref="ConversationLanguage"/>); switches when the user picks another.</summary>
    public KnowledgeBase Knowledge { get; private set; } = knowledge;

    public ResponseCatalog Responses => Knowledge.Responses;

    public Activity Activity => Turn.Activity;

    /// <summary>The conversation's language (the content's tag), not the raw locale of the activity: recognizers and answers read it.</summary>
    public string Locale => Knowledge.Locale;

    /// <summary>The user chose <paramref name="language"/>: the rest of this turn, and the turns after, speak it.</summary>
    public void UseLanguage(KnowledgeBase language)
    {
        Knowledge = language;
        ConversationLanguage.Remember(State, language, chosen: true);
    }

    /// <summary>Group chats and channels: answers show who gave them.</summary>
    public bool IsGroup => Turn.Activity.Conversation?.IsGroup == true
        || Turn.Activity.Conversation?.ConversationType is "groupChat" or "channel";

    /// <summary>What the channel supports, as its adapter says.</summary>
    public ChannelCapabilities Capabilities => Turn.Capabilities;

    /// <summary>Whether the channel can replace a sent card (Teams can; Web Chat over Direct Line cannot).</summary>
    public bool CanUpdateCards => Capabilities.CanUpdateActivities;

    /// <summary>Card buttons run as Universal Actions (Action.Execute) rather than plain Action.Submit.</summary>
    public bool UsesUniversalActions => Capabilities.UsesUniversalActions;

    /// <summary>Guidance and rendered cards of this turn's content snapshot, shared by every conversation.</summary>
    public GuidanceMemo Memo => GuidanceMemo.Of(Knowledge);

    /// <summary>A card as this channel takes it, rendered to JSON once.</summary>
    public Attachment Render(AdaptiveCard card) => AdaptiveCardJson.ToAttachment(Flavoured(card));

    /// <summary>The card with the buttons this channel runs, mirrored for a right-to-left language.</summary>
    public AdaptiveCard Flavoured(AdaptiveCard card)
    {
        if (Knowledge.IsRightToLeft)
        {
            card.Rtl = true;
        }

        return UsesUniversalActions ? UniversalActions.Apply(card) : card;
    }

    /// <summary>The question card sent in this turn, if any, so its channel id can be remembered for the update.</summary>
    public Activity? LiveCardActivity { get; set; }

    /// <summary>For a Teams Action.Execute press: the card that replaces the pressed one (the invoke response).</summary>
    public AdaptiveCard? InvokeCard { get; set; }

    /// <summary>For a Teams Action.Execute press that changes no card: the words shown under the pressed card.</summary>
    public string? InvokeMessage { get; set; }

    /// <summary>Set when the user asked to forget everything: the turn deletes the state instead of saving it.</summary>
    public bool ForgetConversation { get; set; }

    public string ConcurrentTurnReply => Say("error.concurrentTurn");

    /// <summary>Where the channel can update a sent card, the question card's channel id is kept so the card can be replaced once answered.</summary>
    public bool OnRepliesSent(IReadOnlyList<Activity> sent, ResourceResponse[] responses)
    {
        if (!CanUpdateCards || LiveCardActivity is null)
        {
            return false;
        }

        for (var i = 0; i < sent.Count; i++)
        {
            if (ReferenceEquals(sent[i], LiveCardActivity))
            {
                if (responses[i].Id is not { Length: > 0 } cardActivityId)
                {
                    return false;
                }

                State.LiveCardActivityId = cardActivityId;
                return true;
            }
        }

        return false;
    }

    public string? AnsweredBy => IsGroup ? Turn.Activity.From?.Name : null;

    private string? _note;

    /// <summary>A short line for the next card ("Noted: ..."), shown once.</summary>
    public void Note(string text) => _note = _note is null ? text : _note + " " + text;

    public string? TakeNote()
    {
        var note = _note;
        _note = null;
        return note;
    }

    public string Say(string key) => Responses.Get(key);

    public string Say(string key, IReadOnlyDictionary<string, string> values) => Responses.Get(key, values);

    private bool _typingShown;

    /// <summary>
    /// Shows the typing indicator at once (not held with the replies) before long work, where the user would
    /// otherwise wait in silence: on channels that show it, for turns whose replies go out through the channel.
    /// </summary>
    public Task ShowTypingAsync(CancellationToken cancellationToken)
    {
        if (_typingShown || channelTurn is null || Activity.DeliveryMode == DeliveryModes.ExpectReplies || !Capabilities.ShowsTyping)
        {
            return Task.CompletedTask;
        }

        _typingShown = true;
        return channelTurn.SendActivityAsync(MessageFactory.Typing(), cancellationToken);
    }

    public Task SendTextAsync(string text, CancellationToken cancellationToken) =>
        Turn.SendActivityAsync(MessageFactory.Text(text), cancellationToken);

    /// <summary>An offer holds for the one reply right after it: this turn takes it, and the next will not see it.</summary>
    public void TakeOffer()
    {
        Offer = State.Offer;
        State.Offer = null;
    }

    /// <summary>The guided conversation's dialogs run on a context made with a guidance session (see <see cref="GuidanceBot"/>).</summary>
    public static GuidanceSession Of(DialogContext dc) => (GuidanceSession)dc.Session;
}
