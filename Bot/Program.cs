using GuidanceBot.Bot.Hosting;

// GuidanceBot: the Bot Framework endpoint for Teams, an embedded Direct Line for Web Chat, and the guidance API.
var app = BotApplication.Create(args);
app.Run();
