namespace HostPool.Pool.Operations;

/// <summary>
/// An <see cref="IProgress{T}"/> that keeps the last value on the caller's thread (unlike
/// <see cref="Progress{T}"/>, which posts it later, after the call may have returned).
/// </summary>
internal sealed class LastReport<T> : IProgress<T>
    where T : class
{
    public T? Value { get; private set; }

    public void Report(T value) => Value = value;
}
