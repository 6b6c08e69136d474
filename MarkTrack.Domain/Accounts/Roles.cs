namespace MarkTrack.Domain.Accounts;

/// <summary>Identity role names. Each account has the role that matches its kind.</summary>
public static class Roles
{
    public const string Admin = "Admin";
    public const string Parent = "Parent";
    public const string Student = "Student";

    public static string For(AccountKind kind) => kind switch
    {
        AccountKind.Admin => Admin,
        AccountKind.Parent => Parent,
        AccountKind.Student => Student,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown account kind."),
    };
}
