namespace MarkTrack.Domain.Setup;

/// <summary>The <c>Bootstrap</c> section: what a fresh installation creates at start.</summary>
public sealed class BootstrapOptions
{
    public const string SectionName = "Bootstrap";

    /// <summary>The first admin's email, used only while the installation has no admin.</summary>
    public string? AdminEmail { get; set; }

    /// <summary>The first admin's password, used only while the installation has no admin.</summary>
    public string? AdminPassword { get; set; }

    public string OrganizationName { get; set; } = "My Organization";

    public string SchoolName { get; set; } = "Main School";
}

/// <summary>The <c>DemoData</c> section.</summary>
public sealed class DemoDataOptions
{
    public const string SectionName = "DemoData";

    /// <summary>Seeds a demo organization when the database has no parents or students yet.</summary>
    public bool Enabled { get; set; }
}
