namespace MarkTrack.Domain.Common;

/// <summary>
/// The outcome of a domain operation. <see cref="Message"/> is the exact text shown to the
/// user; <see cref="Field"/> names the input at fault when one is.
/// </summary>
public sealed record Result(bool Succeeded, string Message, string? Field = null)
{
    public static Result Success(string message) => new(true, message);

    public static Result Failure(string message, string? field = null) => new(false, message, field);
}

/// <summary>A <see cref="Result"/> that also carries the value the operation produced.</summary>
public sealed record Result<T>(bool Succeeded, string Message, T? Value, string? Field = null)
{
    public static Result<T> Success(T value, string message) => new(true, message, value);

    public static Result<T> Failure(string message, string? field = null) => new(false, message, default, field);
}
