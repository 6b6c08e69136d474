namespace MarkTrack.Domain.Students;

public enum UnlinkOutcome
{
    /// <summary>Parent 2 left; Parent 1 stays.</summary>
    Removed,

    /// <summary>Parent 1 left and Parent 2 moved into the Parent 1 slot.</summary>
    SecondParentPromoted,

    /// <summary>The only parent left and the child became an independent student.</summary>
    BecameIndependent,
}
