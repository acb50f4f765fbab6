using DinActions.Binding;
using DinActions.Syntax;
using FluentAssertions;

namespace DinActions.Tests.Binding;

/// <summary>Every line that only continues a text cut by a line break is known as such, however many texts a script cuts.</summary>
public sealed class ContinuedTextTests
{
    [Fact]
    public void Two_cut_texts_each_have_their_continuation()
    {
        var script = Binder.Bind(SyntaxTree.Parse("say en \"Good\nmorning\"\nsay en \"Good\nevening\""));
        var lines = script.Tree.Lines;

        lines.Select(script.IsContinuation).Should().Equal(false, true, false, true);
        lines.Select(script.ContinuesOnNextLine).Should().Equal(true, false, true, false);
        lines.Select(line => script.ActionOf(line) is not null).Should().Equal(true, false, true, false);
    }
}
