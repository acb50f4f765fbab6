using System.Runtime.CompilerServices;

// The serve tests drive the command in-process with a fake clock, through its internal entry points.
[assembly: InternalsVisibleTo("DinActions.AspNetCore.Tests")]
