using MarkTrack.Domain.Accounts;
using MarkTrack.Domain.Audit;
using MarkTrack.Domain.Email;
using MarkTrack.Domain.Hifz;
using MarkTrack.Domain.Organizations;
using MarkTrack.Domain.Parents;
using MarkTrack.Domain.Schools;
using MarkTrack.Domain.Students;
using MarkTrack.Domain.Teaching;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace MarkTrack.Domain.Data;

public sealed class MarkTrackDbContext(DbContextOptions<MarkTrackDbContext> options)
    : IdentityDbContext<Account>(options)
{
    public DbSet<Organization> Organizations => Set<Organization>();

    public DbSet<School> Schools => Set<School>();

    public DbSet<Parent> Parents => Set<Parent>();

    public DbSet<Student> Students => Set<Student>();

    public DbSet<SchoolMembership> SchoolMemberships => Set<SchoolMembership>();

    public DbSet<Enrollment> Enrollments => Set<Enrollment>();

    public DbSet<OutboxMessage> OutboxMessages => Set<OutboxMessage>();

    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();

    public DbSet<SchoolClass> Classes => Set<SchoolClass>();

    public DbSet<ClassEnrollment> ClassEnrollments => Set<ClassEnrollment>();

    public DbSet<Assessment> Assessments => Set<Assessment>();

    public DbSet<Score> Scores => Set<Score>();

    public DbSet<AttendanceRecord> AttendanceRecords => Set<AttendanceRecord>();

    public DbSet<HifzLesson> HifzLessons => Set<HifzLesson>();

    public DbSet<HifzAcknowledgment> HifzAcknowledgments => Set<HifzAcknowledgment>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(MarkTrackDbContext).Assembly);
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        configurationBuilder.Properties<Enum>().HaveConversion<string>().HaveMaxLength(20);
    }
}
