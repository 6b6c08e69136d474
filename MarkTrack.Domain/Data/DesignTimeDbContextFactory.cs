using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace MarkTrack.Domain.Data;

/// <summary>Lets <c>dotnet ef</c> build the model without starting the web app.</summary>
internal sealed class DesignTimeDbContextFactory : IDesignTimeDbContextFactory<MarkTrackDbContext>
{
    public MarkTrackDbContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<MarkTrackDbContext>()
            .UseSqlite("Data Source=marktrack-design.db")
            .Options;
        return new MarkTrackDbContext(options);
    }
}
