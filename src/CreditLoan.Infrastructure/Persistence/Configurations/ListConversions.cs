using System.Text.Json;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CreditLoan.Infrastructure.Persistence.Configurations;

/// <summary>Short lists (codes, materials) stored as a JSON array in one text column; no query reads inside them.</summary>
internal static class ListConversions
{
    public static PropertyBuilder<IReadOnlyList<string>> AsJsonArray(this PropertyBuilder<IReadOnlyList<string>> property, int? maxLength = null)
    {
        property.HasConversion(v => ToJson(v), s => FromJson<string>(s), Comparer<string>()).IsRequired();
        if (maxLength is { } max) property.HasMaxLength(max);
        return property;
    }

    /// <summary>Enum lists are stored by name, so the stored value survives a reordering of the enum.</summary>
    public static PropertyBuilder<IReadOnlyList<TEnum>> AsJsonArray<TEnum>(this PropertyBuilder<IReadOnlyList<TEnum>> property) where TEnum : struct, Enum
    {
        property.HasConversion(v => ToJson(v.Select(e => e.ToString()).ToArray()), s => FromJson<string>(s).Select(Enum.Parse<TEnum>).ToArray(),
            Comparer<TEnum>()).HasMaxLength(200).IsRequired();
        return property;
    }

    private static readonly JsonSerializerOptions Json = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private static string ToJson<T>(IReadOnlyList<T> values) => JsonSerializer.Serialize(values, Json);

    private static IReadOnlyList<T> FromJson<T>(string json) => JsonSerializer.Deserialize<T[]>(json) ?? [];

    private static ValueComparer<IReadOnlyList<T>> Comparer<T>() => new(
        (a, b) => a!.SequenceEqual(b!),
        v => v.Aggregate(0, (h, x) => HashCode.Combine(h, x)),
        v => v.ToArray());
}
