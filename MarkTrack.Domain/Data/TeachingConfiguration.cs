using MarkTrack.Domain.Schools;
using MarkTrack.Domain.Students;
using MarkTrack.Domain.Teaching;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MarkTrack.Domain.Data;

// SQLite keeps a decimal as TEXT, which compares as text in SQL and in check constraints;
// these columns are REAL so that sums, comparisons and the checks work on numbers.
internal sealed class SchoolClassConfiguration : IEntityTypeConfiguration<SchoolClass>
{
    public void Configure(EntityTypeBuilder<SchoolClass> builder)
    {
        builder.ToTable("Classes", t =>
        {
            t.HasCheckConstraint("CK_Class_Credits", FormattableString.Invariant($"\"Credits\" >= 0 AND \"Credits\" <= {SchoolClass.MaxCredits}"));
            t.HasCheckConstraint("CK_Class_Name_NotBlank", "trim(\"Name\") <> ''");
        });
        builder.Property(c => c.Name).HasMaxLength(SchoolClass.NameMaxLength).IsRequired().UseCollation("NOCASE");
        builder.Property(c => c.TeacherName).HasMaxLength(SchoolClass.TeacherNameMaxLength).IsRequired();
        builder.Property(c => c.Term).HasMaxLength(SchoolClass.TermMaxLength).IsRequired().UseCollation("NOCASE");
        builder.Property(c => c.Credits).HasConversion<double>();
        builder.HasIndex(c => new { c.SchoolId, c.Term, c.Name }).IsUnique();
        builder.HasOne<School>().WithMany().HasForeignKey(c => c.SchoolId).OnDelete(DeleteBehavior.Restrict);
        builder.Navigation(c => c.Enrollments).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

internal sealed class ClassEnrollmentConfiguration : IEntityTypeConfiguration<ClassEnrollment>
{
    public void Configure(EntityTypeBuilder<ClassEnrollment> builder)
    {
        builder.HasKey(e => new { e.ClassId, e.StudentId });
        builder.HasIndex(e => e.StudentId);
        builder.HasOne<SchoolClass>().WithMany(c => c.Enrollments).HasForeignKey(e => e.ClassId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Student>().WithMany().HasForeignKey(e => e.StudentId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class AssessmentConfiguration : IEntityTypeConfiguration<Assessment>
{
    public void Configure(EntityTypeBuilder<Assessment> builder)
    {
        builder.ToTable(t =>
        {
            t.HasCheckConstraint("CK_Assessment_MaxPoints", FormattableString.Invariant($"\"MaxPoints\" > 0 AND \"MaxPoints\" <= {Assessment.MaxMaximumPoints}"));
            t.HasCheckConstraint("CK_Assessment_Weight", FormattableString.Invariant($"\"Weight\" > 0 AND \"Weight\" <= {Assessment.MaxWeight}"));
        });
        builder.Property(a => a.Title).HasMaxLength(Assessment.TitleMaxLength).IsRequired();
        builder.Property(a => a.MaxPoints).HasConversion<double>();
        builder.Property(a => a.Weight).HasConversion<double>();
        builder.HasIndex(a => new { a.ClassId, a.Date });
        builder.HasOne<SchoolClass>().WithMany().HasForeignKey(a => a.ClassId).OnDelete(DeleteBehavior.Cascade);
    }
}

/// <summary>
/// Scores also have triggers, created in the ClassesGradesAttendanceHifz migration, that reject
/// a score above its assessment's maximum and a maximum lowered below a saved score.
/// NOTE: a later migration that rebuilds the Scores or Assessments table loses these
/// triggers and must create them again.
/// </summary>
internal sealed class ScoreConfiguration : IEntityTypeConfiguration<Score>
{
    public void Configure(EntityTypeBuilder<Score> builder)
    {
        builder.ToTable(t => t.HasCheckConstraint("CK_Score_Points", "\"Points\" >= 0"));
        builder.HasKey(s => new { s.AssessmentId, s.StudentId });
        builder.HasIndex(s => s.StudentId);
        builder.Property(s => s.Points).HasConversion<double>();
        builder.HasOne<Assessment>().WithMany().HasForeignKey(s => s.AssessmentId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Student>().WithMany().HasForeignKey(s => s.StudentId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class AttendanceRecordConfiguration : IEntityTypeConfiguration<AttendanceRecord>
{
    public void Configure(EntityTypeBuilder<AttendanceRecord> builder)
    {
        builder.ToTable(t => t.HasCheckConstraint(
            "CK_AttendanceRecord_Status",
            "\"Status\" IN ('Present', 'Late', 'Absent', 'Excused')"));
        builder.HasIndex(r => new { r.ClassId, r.StudentId, r.Date }).IsUnique();
        builder.HasIndex(r => new { r.StudentId, r.Date });
        builder.HasOne<SchoolClass>().WithMany().HasForeignKey(r => r.ClassId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Student>().WithMany().HasForeignKey(r => r.StudentId).OnDelete(DeleteBehavior.Cascade);
    }
}
