namespace MarkTrack.Domain.Students;

/// <summary>Describes a student's parent slots for the audit log, such as "Parent 1: Aisha Rahman; Parent 2: none".</summary>
internal static class SlotText
{
    public static string Describe(Student student)
    {
        if (student.Kind == StudentKind.Independent)
            return "Independent student (no parents)";

        var parent1 = student.Parent1?.Account.FullName ?? "none";
        var parent2 = student.Parent2?.Account.FullName ?? "none";
        return $"Parent 1: {parent1}; Parent 2: {parent2}";
    }
}
