using System.Text.Json.Serialization;

namespace SupervisionBot.Cards.Model;

/// <summary>A button. The JSON <c>type</c> is written from the derived type.</summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "type")]
[JsonDerivedType(typeof(ExecuteAction), "Action.Execute")]
[JsonDerivedType(typeof(SubmitAction), "Action.Submit")]
[JsonDerivedType(typeof(OpenUrlAction), "Action.OpenUrl")]
[JsonDerivedType(typeof(ShowCardAction), "Action.ShowCard")]
public abstract record CardAction(string Title)
{
    public string? Id { get; init; }

    public ActionStyle? Style { get; init; }

    public ActionMode? Mode { get; init; }

    public string? Tooltip { get; init; }
}
