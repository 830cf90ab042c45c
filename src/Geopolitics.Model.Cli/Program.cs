using Geopolitics.Model.Cli;

return GeopoliticsCli.Run(args, Console.Out, Console.Error, ProgressLine.ForConsole());
