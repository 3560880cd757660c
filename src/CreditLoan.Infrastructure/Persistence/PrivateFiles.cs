namespace CreditLoan.Infrastructure.Persistence;

/// <summary>
/// The data directory holds the SQLite database, its backups and the keys (the token signing key, the key-encryption
/// certificate): readable by the service's own user only — the directory 0700, each file 0600, from its creation on
/// (SQLite gives its -wal and -shm files the database file's mode). Existing files of an earlier release are tightened.
/// </summary>
public static class PrivateFiles
{
    private const UnixFileMode OwnerOnlyDirectory = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute;
    private const UnixFileMode OwnerOnlyFile = UnixFileMode.UserRead | UnixFileMode.UserWrite;

    public static void Directory(string path)
    {
        if (OperatingSystem.IsWindows())
        {
            System.IO.Directory.CreateDirectory(path);
            return;
        }
        if (!System.IO.Directory.Exists(path)) System.IO.Directory.CreateDirectory(path, OwnerOnlyDirectory);
        else TryTighten(path, OwnerOnlyDirectory);
    }

    /// <summary>Creates the file empty with mode 0600 if it is missing (an empty file is a valid new SQLite database), else tightens it.</summary>
    public static void File(string path)
    {
        if (OperatingSystem.IsWindows()) return;
        if (!System.IO.File.Exists(path))
        {
            using var _ = new FileStream(path, new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write, UnixCreateMode = OwnerOnlyFile });
            return;
        }
        TryTighten(path, OwnerOnlyFile);
        foreach (var companion in new[] { path + "-wal", path + "-shm", path + "-journal" })
            if (System.IO.File.Exists(companion)) TryTighten(companion, OwnerOnlyFile);
    }

    /// <summary>Writes bytes to a new file that only the owner can read.</summary>
    public static void Write(string path, byte[] content)
    {
        if (OperatingSystem.IsWindows())
        {
            System.IO.File.WriteAllBytes(path, content);
            return;
        }
        using var stream = new FileStream(path, new FileStreamOptions { Mode = FileMode.Create, Access = FileAccess.Write, UnixCreateMode = OwnerOnlyFile });
        stream.Write(content);
        TryTighten(path, OwnerOnlyFile);
    }

    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    private static void TryTighten(string path, UnixFileMode mode)
    {
        try
        {
            if ((System.IO.File.GetUnixFileMode(path) & ~mode) != 0) System.IO.File.SetUnixFileMode(path, mode);
        }
        catch (UnauthorizedAccessException)
        {
            // not ours to change (a path an operator chose and owns): leave it as it is
        }
    }
}
