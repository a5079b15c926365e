namespace GuidanceBot.Bot.Channels.BotFramework.Auth;

/// <summary>How the bot's Azure registration proves who it is (protocol.md §2.5). Config values match the SDK's names.</summary>
public enum MicrosoftAppType
{
    /// <summary>App id + secret in the bot's own tenant: the default for new bots.</summary>
    SingleTenant,

    /// <summary>A user-assigned managed identity; the app id is the identity's client id and there is no secret.</summary>
    UserAssignedMsi,

    /// <summary>App id + secret issued through the botframework.com tenant; existing bots only (new ones deprecated since 2025-07-31).</summary>
    MultiTenant,
}
