using SupervisionBot.Dialogs.Flows;

namespace SupervisionBot.Bot.Archive;

/// <summary>The stored names of <see cref="ReflectionSharing"/>, used in documents, summaries and blob index tags.</summary>
internal static class ReflectionSharingNames
{
    public const string Private = "private";
    public const string Supervisor = "supervisor";
    public const string Group = "group";

    public static string Of(ReflectionSharing sharing) => sharing switch
    {
        ReflectionSharing.Private => Private,
        ReflectionSharing.Supervisor => Supervisor,
        ReflectionSharing.Group => Group,
        _ => throw new ArgumentOutOfRangeException(nameof(sharing), sharing, "Unknown sharing."),
    };

    public static ReflectionSharing From(SharingPreference preference) => preference switch
    {
        SharingPreference.KeepPrivate => ReflectionSharing.Private,
        SharingPreference.ShareWithSupervisor => ReflectionSharing.Supervisor,
        SharingPreference.ShareWithGroup => ReflectionSharing.Group,
        _ => throw new ArgumentOutOfRangeException(nameof(preference), preference, "Unknown sharing preference."),
    };
}
