namespace SupervisionBot.Dialogs;

internal static class Placeholder;
