namespace SupervisionBot.Dialogs.Flows;

/// <summary>The shape of an answer, which decides how a card renders the input and how the engine parses it.</summary>
public enum InputKind
{
    /// <summary>One line of text.</summary>
    ShortText,

    /// <summary>A few sentences or paragraphs.</summary>
    LongText,

    /// <summary>One of several labelled choices that have no order.</summary>
    SingleChoice,

    /// <summary>One point of an ordered scale, lowest first, with words at every point.</summary>
    Rating,

    /// <summary>Any number of labelled choices; a card sends them comma-separated.</summary>
    MultiSelect,

    /// <summary>On or off.</summary>
    Toggle,
}
