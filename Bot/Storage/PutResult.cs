namespace SupervisionBot.Bot.Storage;

/// <summary>What became of a conditional write.</summary>
internal abstract record PutResult
{
    private PutResult()
    {
    }

    public bool IsSaved => this is Saved;

    /// <summary>Written; <paramref name="ETag"/> is the new version's.</summary>
    public sealed record Saved(string ETag) : PutResult;

    /// <summary>Someone else wrote or deleted the document first (or, for a create, it exists): nothing was written.</summary>
    public sealed record Conflict : PutResult;
}
