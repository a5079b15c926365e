using GuidanceBot.Bot.Hosting;

// GuidanceBot: the Bot Framework endpoint for Teams, an embedded Direct Line for Web Chat, and the guidance API.
if (ValidateContentCommand.IsRequested(args))
{
    return ValidateContentCommand.Run(args, Console.Out);
}

var app = BotApplication.Create(args);
app.Run();
return 0;
