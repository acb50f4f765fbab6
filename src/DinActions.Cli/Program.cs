using DinActions.Cli;

return await DinCommandLine.RunAsync(args, DinConsole.FromProcess());
