namespace HostPool.Compose.Tests.Interpolation;

/// <summary>One template with its expected value or error.</summary>
internal sealed record InterpolationVector(string Template, string? Expected, string? ErrorContains);
