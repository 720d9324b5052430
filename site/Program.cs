using TransitionLab.Site.Cli;

// dotnet run --project site -- build|serve [options]; see SiteCommand for the options.
return await SiteCommand.RunAsync(args, Console.Out, Console.Error, CancellationToken.None);
