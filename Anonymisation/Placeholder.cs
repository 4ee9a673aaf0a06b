namespace SupervisionBot.Anonymisation;

internal static class Placeholder;
