using MarkTrack.Domain.Audit;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MarkTrack.Domain.Data;

internal sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> builder)
    {
        builder.Property(e => e.ActorName).HasMaxLength(AuditEntry.NameMaxLength).IsRequired();
        builder.Property(e => e.StudentName).HasMaxLength(AuditEntry.NameMaxLength);
        builder.Property(e => e.ParentName).HasMaxLength(AuditEntry.NameMaxLength);
        builder.Property(e => e.Summary).HasMaxLength(AuditEntry.TextMaxLength).IsRequired();
        builder.Property(e => e.Before).HasMaxLength(AuditEntry.TextMaxLength);
        builder.Property(e => e.After).HasMaxLength(AuditEntry.TextMaxLength);
        builder.HasIndex(e => new { e.StudentId, e.OccurredAt });
        builder.HasIndex(e => new { e.ParentId, e.OccurredAt });
    }
}
