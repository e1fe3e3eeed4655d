using Search.Cli;

return SearchCli.Run(args, Console.Out, Console.Error);
