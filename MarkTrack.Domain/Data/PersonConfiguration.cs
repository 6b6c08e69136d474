using MarkTrack.Domain.Accounts;
using MarkTrack.Domain.Parents;
using MarkTrack.Domain.Students;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MarkTrack.Domain.Data;

internal sealed class ParentConfiguration : IEntityTypeConfiguration<Parent>
{
    public void Configure(EntityTypeBuilder<Parent> builder)
    {
        builder.Property(p => p.Address).HasMaxLength(Parent.AddressMaxLength);
        builder.HasOne(p => p.Account).WithOne().HasForeignKey<Parent>(p => p.AccountId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(p => p.AccountId).IsUnique();
        builder.Navigation(p => p.Memberships).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

internal sealed class StudentConfiguration : IEntityTypeConfiguration<Student>
{
    public void Configure(EntityTypeBuilder<Student> builder)
    {
        builder.HasOne(s => s.Account).WithOne().HasForeignKey<Student>(s => s.AccountId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(s => s.AccountId).IsUnique();
        builder.HasOne(s => s.Parent1).WithMany().HasForeignKey(s => s.Parent1Id).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(s => s.Parent2).WithMany().HasForeignKey(s => s.Parent2Id).OnDelete(DeleteBehavior.Restrict);
        builder.Property(s => s.Version).IsConcurrencyToken();
        builder.HasIndex(s => s.ArchivedWithParentId);
        builder.Navigation(s => s.Enrollments).UsePropertyAccessMode(PropertyAccessMode.Field);

        builder.ToTable(t =>
        {
            t.HasCheckConstraint(
                "CK_Student_Slots",
                "(\"Kind\" = 'Child' AND \"Parent1Id\" IS NOT NULL AND (\"Parent2Id\" IS NULL OR \"Parent2Id\" <> \"Parent1Id\"))"
                + " OR (\"Kind\" = 'Independent' AND \"Parent1Id\" IS NULL AND \"Parent2Id\" IS NULL)");
        });
    }
}
