using System.CommandLine;
using FluentAssertions;

namespace DinActions.Cli.Tests;

public sealed class CommandLineTests
{
    [Fact]
    public async Task A_defect_in_a_command_ends_in_one_line_and_exit_2_not_a_stack_trace()
    {
        var output = new StringWriter();
        var error = new StringWriter { NewLine = "\n" };
        var console = DinConsole.Redirected(output, error);
        var root = new RootCommand();
        var broken = new Command("broken");
        broken.SetAction(int (_) => throw new InvalidOperationException("something the code did not expect"));
        root.Subcommands.Add(broken);

        var exit = await DinCommandLine.RunAsync(root, ["broken"], console);

        exit.Should().Be(ExitCodes.UsageOrIo);
        error.ToString().Should().Be("din: internal error: InvalidOperationException: something the code did not expect\n");
        output.ToString().Should().BeEmpty();
    }

    [Fact]
    public void The_root_description_names_every_command()
    {
        var root = DinCommandLine.Build(DinConsole.Redirected(TextWriter.Null, TextWriter.Null));

        foreach (var command in root.Subcommands)
        {
            root.Description.Should().Contain(command.Name);
        }
    }
}
