namespace HostPool.Compose.Interpolation;

/// <summary>A template that cannot be expanded: bad syntax or a required variable without a value.</summary>
internal sealed class TemplateException(string message) : Exception(message);
