namespace GuidanceBot.Bot.Hosting;

/// <summary>
/// Where the bot listens when the platform does not say: ASP.NET Core's own settings win (<c>--urls</c>,
/// <c>ASPNETCORE_URLS</c>, <c>ASPNETCORE_HTTP_PORTS</c> / <c>HTTPS_PORTS</c>, as App Service and the .NET container
/// images set them), then <c>PORT</c> (the convention of container platforms), and only then the Bot Framework's usual
/// <c>http://localhost:3978</c>, which is also what <c>dotnet run --project Bot</c> gets from its launch profile.
/// </summary>
public static class ListeningAddress
{
    public const string Default = "http://localhost:3978";

    /// <summary>The address to listen on, or null when ASP.NET Core's own settings already name one.</summary>
    public static string? Choose(IConfiguration configuration, Func<string, string?> environment)
    {
        if (!string.IsNullOrWhiteSpace(configuration["urls"])
            || !string.IsNullOrWhiteSpace(configuration["http_ports"])
            || !string.IsNullOrWhiteSpace(configuration["https_ports"]))
        {
            return null;
        }

        return int.TryParse(environment("PORT"), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var port)
            && port is > 0 and <= 65535
            ? $"http://+:{port}"
            : Default;
    }
}
