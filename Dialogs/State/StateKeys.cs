using GuidanceBot.Dialogs.Protocol;

namespace GuidanceBot.Dialogs.State;

/// <summary>Where each kind of state lives in <see cref="IStorage"/>; one place so every back end and the error policy agree.</summary>
public static class StateKeys
{
    public static string Conversation(Activity activity) =>
        $"{activity.ChannelId}/conversations/{activity.Conversation?.Id}";

    public static string User(Activity activity) =>
        $"{activity.ChannelId}/users/{activity.From?.Id}";
}
