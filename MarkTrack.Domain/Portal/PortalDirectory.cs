namespace MarkTrack.Domain.Portal;

/// <summary>
/// The portal's list of children. Every query starts from the signed-in account, so a parent
/// reaches only the children linked to them as Parent 1 or Parent 2, and an independent
/// student only themselves.
/// </summary>
public sealed class PortalDirectory(ChildRecords records)
{
    public Task<IReadOnlyList<PortalChild>> ListChildrenAsync(string accountId, CancellationToken cancellationToken) =>
        records.ListCardsAsync(accountId, cancellationToken);
}
