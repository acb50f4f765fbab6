using DinActions.Fuzz;

return FuzzProgram.Run(args, Console.Out, Console.Error);
