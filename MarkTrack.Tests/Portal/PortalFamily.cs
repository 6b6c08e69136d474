using MarkTrack.Domain.Students;
using MarkTrack.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace MarkTrack.Tests.Portal;

/// <summary>Two families for the portal tests: the Rahmans with a child shared by both parents, and the Khans.</summary>
internal sealed record PortalFamily(
    string AishaAccountId,
    string YusufAccountId,
    string FatimaAccountId,
    Guid Maryam,
    Guid Zaid)
{
    public static async Task<PortalFamily> CreateAsync(DomainTestHost host)
    {
        var families = new FamilyBuilder(host);
        var aisha = await families.ParentAsync("Aisha Rahman");
        var yusuf = await families.ParentAsync("Yusuf Rahman");
        var fatima = await families.ParentAsync("Fatima Khan");
        var maryam = await families.ChildAsync("Maryam Rahman", aisha);
        Assert.True((await families.LinkAsync(yusuf, maryam)).Succeeded);
        var zaid = await families.ChildAsync("Zaid Khan", fatima);
        return new PortalFamily(
            await AccountOfAsync(host, aisha),
            await AccountOfAsync(host, yusuf),
            await AccountOfAsync(host, fatima),
            maryam,
            zaid);
    }

    public static Task<string> AccountOfAsync(DomainTestHost host, Guid parentId) =>
        host.QueryAsync(db => db.Parents.Where(p => p.Id == parentId).Select(p => p.AccountId).SingleAsync());

    public static Task<string> StudentAccountOfAsync(DomainTestHost host, Guid studentId) =>
        host.QueryAsync(db => db.Students.Where(s => s.Id == studentId).Select(s => s.AccountId).SingleAsync());

    public static Task<StudentKind> KindOfAsync(DomainTestHost host, Guid studentId) =>
        host.QueryAsync(db => db.Students.Where(s => s.Id == studentId).Select(s => s.Kind).SingleAsync());
}
