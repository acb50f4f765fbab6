using System.Collections.Immutable;
using DinActions.Emit;
using FluentAssertions;

namespace DinActions.Tests.Emit;

/// <summary>What the emitter refuses to write, and the exact words it refuses with.</summary>
public sealed class EmitterGuardTests
{
    [Fact]
    public void Emitting_a_null_action_names_the_action_argument()
    {
        FluentActions.Invoking(() => Emitter.Emit((DinAction)null!)).Should().Throw<ArgumentNullException>()
            .Which.ParamName.Should().Be("action");
    }

    [Fact]
    public void An_action_with_a_line_break_is_refused_with_its_code_point_and_not_written()
    {
        FluentActions.Invoking(() => Emitter.Emit(new SayAction("en", "a\nb"))).Should().Throw<InvalidOperationException>()
            .WithMessage("Internal error: an action holds U+000A, which no action line can carry; it was not written.");
    }

    [Fact]
    public void An_action_type_the_emitter_does_not_know_is_refused_by_name_alone_and_in_a_list()
    {
        FluentActions.Invoking(() => Emitter.Emit(new StrangeAction())).Should().Throw<ArgumentException>()
            .WithMessage("Unknown action type StrangeAction.*").Which.ParamName.Should().Be("action");
        FluentActions.Invoking(() => Emitter.Emit(ImmutableArray.Create<DinAction>(new StrangeAction()), trailingLineBreak: false))
            .Should().Throw<ArgumentException>().WithMessage("Unknown action type StrangeAction.*");
    }

    private sealed record StrangeAction : DinAction;
}
