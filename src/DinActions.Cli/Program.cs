using DinActions.Cli;

return await DinCommandLine.RunAsync(args, Console.Out, Console.Error);
