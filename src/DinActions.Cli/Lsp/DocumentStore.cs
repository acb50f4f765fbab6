using System.Collections.Immutable;
using DinActions.Cli.Configuration;

namespace DinActions.Cli.Lsp;

/// <summary>One open document: its text at a version, and the settings it is checked with.</summary>
/// <remarks>A class, not a record: a copy made with <c>with</c> would carry the diagnostics of the text it was copied from.</remarks>
internal sealed class OpenDocument
{
    private readonly Lazy<ImmutableArray<DinActions.Diagnostic>> diagnostics;
    private readonly LineDiagnostics? lines;

    /// <param name="uri">The document's URI, as the client names it.</param>
    /// <param name="version">The client's version of <paramref name="text"/>.</param>
    /// <param name="text">The whole text.</param>
    /// <param name="settings">The settings that apply to it: its validation options, and whether each line is a document.</param>
    public OpenDocument(string uri, int version, string text, FileSettings settings)
        : this(uri, version, text, settings, settings.Lines ? new LineDiagnostics(settings.Options) : null)
    {
    }

    private OpenDocument(string uri, int version, string text, FileSettings settings, LineDiagnostics? lines)
    {
        (Uri, Version, Text, Settings, this.lines) = (uri, version, text, settings, lines);
        diagnostics = new(
            () => lines is null ? ActionScript.Validate(text, settings.Options) : lines.Validate(text),
            LazyThreadSafetyMode.ExecutionAndPublication);
    }

    public string Uri { get; }

    public int Version { get; }

    public string Text { get; }

    public FileSettings Settings { get; }

    /// <summary>The validation options from its settings.</summary>
    public ValidationOptions Options => Settings.Options;

    /// <summary>The library's diagnostics of this text, computed once, on first use.</summary>
    public ImmutableArray<DinActions.Diagnostic> Diagnostics => diagnostics.Value;

    /// <summary>What the lines of a <c>lines</c> document remember from version to version; null for a script.</summary>
    internal LineDiagnostics? Lines => lines;

    /// <summary>The same text under other settings, diagnosed anew.</summary>
    public OpenDocument WithSettings(FileSettings settings) => new(Uri, Version, Text, settings);

    /// <summary>Another version of the text under the same settings; the lines of a <c>lines</c> document checked before are not checked again.</summary>
    public OpenDocument WithText(int version, string text) => new(Uri, version, text, Settings, lines);
}

/// <summary>
/// The open documents, each only at its latest version: a change replaces the document, so an edit session keeps
/// one text per document however long it runs. Safe to use from the message loop and the diagnostic workers.
/// </summary>
internal sealed class DocumentStore
{
    private readonly Lock gate = new();
    private readonly Dictionary<string, OpenDocument> documents = new(StringComparer.Ordinal);

    /// <summary>How many documents are open.</summary>
    public int Count
    {
        get
        {
            lock (gate)
            {
                return documents.Count;
            }
        }
    }

    /// <summary>The characters held, over every open document.</summary>
    public long TotalCharacters
    {
        get
        {
            lock (gate)
            {
                return documents.Values.Sum(document => (long)document.Text.Length);
            }
        }
    }

    public OpenDocument? Find(string uri)
    {
        lock (gate)
        {
            return documents.GetValueOrDefault(uri);
        }
    }

    public ImmutableArray<OpenDocument> All()
    {
        lock (gate)
        {
            return [.. documents.Values];
        }
    }

    public void Set(OpenDocument document)
    {
        lock (gate)
        {
            documents[document.Uri] = document;
        }
    }

    /// <summary>Replaces the document with <paramref name="update"/> of it, when it is open; returns the new one.</summary>
    public OpenDocument? Update(string uri, Func<OpenDocument, OpenDocument> update)
    {
        lock (gate)
        {
            if (!documents.TryGetValue(uri, out var current))
            {
                return null;
            }

            var next = update(current);
            documents[uri] = next;
            return next;
        }
    }

    public bool Remove(string uri)
    {
        lock (gate)
        {
            return documents.Remove(uri);
        }
    }

    /// <summary>Whether <paramref name="document"/> is still the latest of its URI: diagnostics of an older one are stale.</summary>
    public bool IsCurrent(OpenDocument document)
    {
        lock (gate)
        {
            return documents.TryGetValue(document.Uri, out var current) && ReferenceEquals(current, document);
        }
    }
}
