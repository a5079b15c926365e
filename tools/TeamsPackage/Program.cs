using GuidanceBot.TeamsPackage;

// Builds the Teams app package: the committed manifest with the bot's App ID and domain filled in, plus both icons.
return TeamsPackageCommand.Run(args, Environment.CurrentDirectory, Console.Out, Console.Error);
