using System.Text.Json.Nodes;

namespace SupervisionBot.Bot.Load;

/// <summary>One generated thing for the runner to send.</summary>
internal abstract record FuzzCase
{
    private FuzzCase()
    {
    }

    /// <summary>One activity, posted once.</summary>
    public sealed record Single(JsonObject Activity) : FuzzCase
    {
        public override string ToString() => Activity.ToJsonString();
    }

    /// <summary>
    /// A quick check-in by <paramref name="User"/>: started, answered, and confirmed
    /// <paramref name="Confirms"/> times (at the same moment when <paramref name="Together"/>).
    /// </summary>
    public sealed record Journey(string User, string Rating, string Sentence, int Confirms, bool Together) : FuzzCase;
}
