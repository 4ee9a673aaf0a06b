using System.Runtime.InteropServices;

namespace SupervisionBot.Bot.Storage;

/// <summary>
/// Swaps two files' names in one step (Linux <c>renameat2</c> with <c>RENAME_EXCHANGE</c>), so a
/// store can replace a document with a new version without creating a file or deleting one. On an
/// ext4 volume without a journal (this project's build machines), every new file makes the kernel
/// pass over each file deleted in the last minute or so before it picks an inode: a store that
/// wrote a temporary file and renamed it over the old one paid that on every write, about a fifth
/// of a card action's CPU. Elsewhere (another system, a file system without it) it says no, and
/// the caller renames as before.
/// </summary>
internal static partial class FileExchange
{
    private const int CurrentDirectory = -100; // AT_FDCWD: paths are taken as given
    private const uint RenameExchange = 2; // RENAME_EXCHANGE
    private const int NoSuchFile = 2; // ENOENT

    private static volatile bool _unavailable = !OperatingSystem.IsLinux();

    /// <summary>
    /// True when <paramref name="first"/> and <paramref name="second"/> now have each other's
    /// contents; false, with nothing changed, when either does not exist or the system cannot swap.
    /// </summary>
    public static bool TryExchange(string first, string second)
    {
        ArgumentException.ThrowIfNullOrEmpty(first);
        ArgumentException.ThrowIfNullOrEmpty(second);
        if (_unavailable)
        {
            return false;
        }

        try
        {
            if (RenameAt2(CurrentDirectory, first, CurrentDirectory, second, RenameExchange) == 0)
            {
                return true;
            }
        }
        catch (Exception ex) when (ex is DllNotFoundException or EntryPointNotFoundException)
        {
            // A C library without it (musl, an old glibc): never ask again.
            _unavailable = true;
            return false;
        }

        // A missing file is the caller's ordinary case (a document's first version); anything else
        // (a kernel or file system without the flag) will not change, so it is not asked again.
        if (Marshal.GetLastPInvokeError() != NoSuchFile)
        {
            _unavailable = true;
        }

        return false;
    }

    [LibraryImport("libc.so.6", EntryPoint = "renameat2", StringMarshalling = StringMarshalling.Utf8, SetLastError = true)]
    private static partial int RenameAt2(int oldDirectory, string oldPath, int newDirectory, string newPath, uint flags);
}
