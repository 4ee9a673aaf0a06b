namespace SupervisionBot.Cards;

internal static class Placeholder;
