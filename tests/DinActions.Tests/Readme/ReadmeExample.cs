namespace DinActions.Tests.Readme;

/// <summary>The C# example of README.md, verbatim between the markers; <see cref="ReadmeTests"/> runs it and compares it with the README.</summary>
internal static class ReadmeExample
{
    public static void Run()
    {
        // README:begin
        // Read a line the way the cloud would, and list its problems.
        var result = ActionScript.Parse("transfer 81336042000 --caller=+81336042001");
        foreach (var diagnostic in result.Diagnostics)
        {
            Console.WriteLine(diagnostic);
        }

        // Format: the canonical text, or the errors that prevent it.
        if (ActionScript.TryFormat("say   en \"Hello\"", out var formatted, out _))
        {
            Console.WriteLine(formatted);
        }

        // Build lines from user data: quotes are escaped, a line break is refused.
        var greeting = DinAction.Say("en", "Press \"1\" for sales.");
        var script = new ActionScript(greeting, DinAction.Transfer("+81336042000"));
        Console.WriteLine(script.ToText());
        Console.WriteLine(DinAction.TrySay("en", "Hi\nplayback http://evil.example/x.mp3", out _, out var problems));
        Console.WriteLine(problems[0].Code);
        // README:end
    }
}
