using MarkTrack.Domain.Accounts;
using MarkTrack.Domain.Organizations;
using MarkTrack.Domain.Schools;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MarkTrack.Domain.Data;

internal sealed class AccountConfiguration : IEntityTypeConfiguration<Account>
{
    public void Configure(EntityTypeBuilder<Account> builder)
    {
        builder.Property(a => a.FullName).HasMaxLength(Account.FullNameMaxLength).IsRequired();
        builder.Property(a => a.Email).HasMaxLength(Account.EmailMaxLength);
        builder.Property(a => a.NormalizedEmail).HasMaxLength(Account.EmailMaxLength);
        builder.Property(a => a.PhoneNumber).HasMaxLength(Account.PhoneMaxLength);

        // Identity indexes NormalizedEmail without uniqueness; every email is unique installation-wide.
        builder.HasIndex(a => a.NormalizedEmail).IsUnique().HasDatabaseName("EmailIndex");

        builder.HasOne<Organization>().WithMany().HasForeignKey(a => a.OrganizationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<School>().WithMany().HasForeignKey(a => a.CurrentSchoolId).OnDelete(DeleteBehavior.SetNull);
        builder.Property(a => a.SearchName).HasMaxLength(Account.FullNameMaxLength).IsRequired();
        builder.HasIndex(a => new { a.Kind, a.SearchName });

        builder.ToTable(t => t.HasCheckConstraint("CK_Account_FullName_NotBlank", "length(trim(\"FullName\")) > 0"));
    }
}
