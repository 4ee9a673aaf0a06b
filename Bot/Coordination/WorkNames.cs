namespace SupervisionBot.Bot.Coordination;

/// <summary>Names of leased work and markers: fixed words, checked so no caller can reach another path.</summary>
internal static class WorkNames
{
    public const string LeasesFolder = "leases";
    public const string DoneFolder = "done";

    public static string Checked(string name, string parameter)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name, parameter);
        return name.All(c => c is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '-')
            ? name
            : throw new ArgumentException($"'{name}' is not a work or period name (lower-case letters, digits and dashes only).", parameter);
    }
}
