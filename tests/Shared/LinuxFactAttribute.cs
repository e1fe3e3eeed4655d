namespace Search.Tests;

/// <summary>A test that needs Linux (/proc, /dev, FIFOs, sockets in folders); elsewhere it reports itself skipped, with the reason.</summary>
public sealed class LinuxFactAttribute : FactAttribute
{
    public LinuxFactAttribute()
    {
        if (!OperatingSystem.IsLinux())
            Skip = "needs Linux (/proc, /dev, FIFOs and sockets in a folder)";
    }
}

/// <summary>A theory that needs Linux, as <see cref="LinuxFactAttribute"/>.</summary>
public sealed class LinuxTheoryAttribute : TheoryAttribute
{
    public LinuxTheoryAttribute()
    {
        if (!OperatingSystem.IsLinux())
            Skip = "needs Linux (/proc, /dev, FIFOs and sockets in a folder)";
    }
}
