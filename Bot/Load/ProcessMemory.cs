using System.Diagnostics;
using System.Globalization;

namespace SupervisionBot.Bot.Load;

/// <summary>The process's resident memory now and at its peak, and the managed heap, in MB.</summary>
internal readonly record struct ProcessMemory(double RssMb, double PeakRssMb, double HeapMb)
{
    public static ProcessMemory Now()
    {
        using var process = Process.GetCurrentProcess();
        return new ProcessMemory(Mb(process.WorkingSet64), Mb(process.PeakWorkingSet64), Mb(GC.GetTotalMemory(forceFullCollection: false)));
    }

    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"RSS {RssMb,7:F1} MB (peak {PeakRssMb,7:F1} MB), managed heap {HeapMb,7:F1} MB");

    private static double Mb(long bytes) => bytes / 1024.0 / 1024.0;
}
