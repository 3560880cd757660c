using System.Collections.Concurrent;
using System.Reflection;
using FluentValidation.Results;

namespace CreditLoan.Application.Common.Behaviours;

/// <summary>A text field in which line breaks and tabs are allowed (a description, a reason, a notice's text).</summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Parameter)]
public sealed class MultiLineAttribute : Attribute;

/// <summary>
/// No C0 control character (nor DEL) is stored from a request: NUL and the like are refused in every text field, naming
/// it; line breaks and tabs only where the field is <see cref="MultiLineAttribute"/>. Lists of texts are checked item by
/// item. Part of the validation behaviour, so it holds for every request without each validator remembering it.
/// </summary>
internal static class ControlCharacters
{
    private sealed record TextProperty(PropertyInfo Property, string Field, bool MultiLine);

    private static readonly ConcurrentDictionary<Type, TextProperty[]> Properties = new();

    public static IEnumerable<ValidationFailure> Check(object message)
    {
        foreach (var p in Properties.GetOrAdd(message.GetType(), Find))
        {
            switch (p.Property.GetValue(message))
            {
                case string text when Bad(text, p.MultiLine):
                    yield return Failure(p.Field);
                    break;
                case IEnumerable<string> texts:
                    var i = 0;
                    foreach (var text in texts)
                    {
                        if (text is not null && Bad(text, p.MultiLine)) yield return Failure($"{p.Field}[{i}]");
                        i++;
                    }
                    break;
            }
        }
    }

    private static TextProperty[] Find(Type type) => type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
        .Where(p => p.CanRead && p.GetIndexParameters().Length == 0
                    && (p.PropertyType == typeof(string) || typeof(IEnumerable<string>).IsAssignableFrom(p.PropertyType)))
        .Select(p => new TextProperty(p, char.ToLowerInvariant(p.Name[0]) + p.Name[1..],
            p.GetCustomAttribute<MultiLineAttribute>() is not null
            || type.GetConstructors().SelectMany(c => c.GetParameters()).Any(a => a.Name == p.Name && a.GetCustomAttribute<MultiLineAttribute>() is not null)))
        .ToArray();

    private static bool Bad(string text, bool multiLine)
    {
        foreach (var c in text)
        {
            if (c is '\t' or '\n' or '\r' && multiLine) continue;
            if (c < ' ' || c == '\u007F') return true;
        }
        return false;
    }

    private static ValidationFailure Failure(string field) => new(field, $"{field} contains a control character; only printable text is accepted.");
}
