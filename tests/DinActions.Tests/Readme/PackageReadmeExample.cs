namespace DinActions.Tests.Readme;

/// <summary>The C# example of the DinActions package's own README (<c>src/DinActions/README.md</c>), verbatim between the markers.</summary>
internal static class PackageReadmeExample
{
    public static void Run()
    {
        // README:begin
        var result = ActionScript.Parse("transfer 81336042000");
        Console.WriteLine(result.Diagnostics[0]);
        Console.WriteLine(ActionScript.Format("say   en \"Hello\""));
        var script = new ActionScript(DinAction.Say("en", "Press \"1\" for sales."), DinAction.Transfer("+81336042000"));
        Console.WriteLine(script.ToText());
        // README:end
    }
}
