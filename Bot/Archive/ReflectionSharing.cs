using System.Text.Json.Serialization;

namespace SupervisionBot.Bot.Archive;

/// <summary>
/// Who may see an archived reflection, as stored. Its own type rather than the dialog's
/// <see cref="SupervisionBot.Dialogs.Flows.SharingPreference"/>, so renaming a card choice or an
/// enum member can never change what documents already in the archive mean.
/// </summary>
[JsonConverter(typeof(JsonStringEnumConverter<ReflectionSharing>))]
internal enum ReflectionSharing
{
    /// <summary>Only the therapist.</summary>
    [JsonStringEnumMemberName(ReflectionSharingNames.Private)]
    Private,

    /// <summary>The therapist and their supervisor.</summary>
    [JsonStringEnumMemberName(ReflectionSharingNames.Supervisor)]
    Supervisor,

    /// <summary>The therapist, their supervisor and their supervision group.</summary>
    [JsonStringEnumMemberName(ReflectionSharingNames.Group)]
    Group,
}
