namespace SupervisionBot.Anonymisation.Scanning;

/// <summary>How much a candidate's type is trusted when candidates overlap.</summary>
internal static class Priority
{
    public const int Validated = 100;
    public const int Client = 90;
    public const int Organisation = 80;
    public const int Address = 78;
    public const int PlaceInAddress = 77;
    public const int Date = 75;
    public const int Reference = 70;
    public const int NameWithEvidence = 60;
    public const int Place = 58;
    public const int PlaceByCue = 50;
    public const int NameByCapital = 40;
    public const int Propagated = 35;
}
