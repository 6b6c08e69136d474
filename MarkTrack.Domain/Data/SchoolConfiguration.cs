using MarkTrack.Domain.Organizations;
using MarkTrack.Domain.Parents;
using MarkTrack.Domain.Schools;
using MarkTrack.Domain.Students;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MarkTrack.Domain.Data;

internal sealed class OrganizationConfiguration : IEntityTypeConfiguration<Organization>
{
    public void Configure(EntityTypeBuilder<Organization> builder)
    {
        builder.Property(o => o.Name).HasMaxLength(Organization.NameMaxLength).IsRequired();
    }
}

internal sealed class SchoolConfiguration : IEntityTypeConfiguration<School>
{
    public void Configure(EntityTypeBuilder<School> builder)
    {
        builder.Property(s => s.Name).HasMaxLength(School.NameMaxLength).IsRequired().UseCollation("NOCASE");
        builder.Property(s => s.TimeZoneId).HasMaxLength(School.TimeZoneIdMaxLength);
        builder.HasIndex(s => new { s.OrganizationId, s.Name }).IsUnique();
        builder.HasOne<Organization>().WithMany().HasForeignKey(s => s.OrganizationId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class SchoolMembershipConfiguration : IEntityTypeConfiguration<SchoolMembership>
{
    public void Configure(EntityTypeBuilder<SchoolMembership> builder)
    {
        builder.HasKey(m => new { m.ParentId, m.SchoolId });
        builder.HasIndex(m => m.SchoolId);
        builder.HasOne<Parent>().WithMany(p => p.Memberships).HasForeignKey(m => m.ParentId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<School>().WithMany().HasForeignKey(m => m.SchoolId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class EnrollmentConfiguration : IEntityTypeConfiguration<Enrollment>
{
    public void Configure(EntityTypeBuilder<Enrollment> builder)
    {
        builder.HasKey(e => new { e.StudentId, e.SchoolId });
        builder.HasIndex(e => e.SchoolId);
        builder.HasOne<Student>().WithMany(s => s.Enrollments).HasForeignKey(e => e.StudentId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<School>().WithMany().HasForeignKey(e => e.SchoolId).OnDelete(DeleteBehavior.Restrict);
    }
}
