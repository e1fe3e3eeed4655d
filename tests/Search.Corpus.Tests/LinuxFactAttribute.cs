namespace Search.Corpus.Tests;

/// <summary>A test that needs Linux's /proc or /dev; elsewhere it reports itself skipped, with the reason.</summary>
public sealed class LinuxFactAttribute : FactAttribute
{
    public LinuxFactAttribute()
    {
        if (!OperatingSystem.IsLinux())
            Skip = "needs Linux (/proc/self/mem, /dev/zero)";
    }
}
