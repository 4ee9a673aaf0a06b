using System.Collections.Frozen;

namespace SupervisionBot.Cards.MyData;

/// <summary>The verbs of the buttons that let a therapist see, export and delete their data.</summary>
public static class MyDataVerbs
{
    /// <summary>Ask to delete one reflection; the data's <c>argument</c> is its id.</summary>
    public const string Delete = "mydata.delete";

    /// <summary>Confirmed: delete the reflection named in <c>argument</c>.</summary>
    public const string DeleteConfirmed = "mydata.deleteConfirmed";

    /// <summary>Confirmed: delete everything held about the therapist.</summary>
    public const string ForgetConfirmed = "mydata.forgetConfirmed";

    /// <summary>Changed their mind on a confirmation card.</summary>
    public const string Cancel = "mydata.cancel";

    public static IReadOnlySet<string> All { get; } = FrozenSet.ToFrozenSet([Delete, DeleteConfirmed, ForgetConfirmed, Cancel], StringComparer.Ordinal);
}
