using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CreditLoan.Infrastructure.Persistence.Configurations;

/// <summary>Short lists of codes stored as one delimited text column (no query reads inside them).</summary>
internal static class ListConversions
{
    private const char Separator = '|';

    public static PropertyBuilder<IReadOnlyList<string>> AsDelimited(this PropertyBuilder<IReadOnlyList<string>> property, int? maxLength = null)
    {
        property.HasConversion(
                v => string.Join(Separator, v),
                s => s.Length == 0 ? Array.Empty<string>() : s.Split(Separator, StringSplitOptions.None),
                new ValueComparer<IReadOnlyList<string>>((a, b) => a!.SequenceEqual(b!), v => v.Aggregate(0, (h, x) => HashCode.Combine(h, x)), v => v.ToArray()))
            .IsRequired();
        if (maxLength is { } max) property.HasMaxLength(max);
        return property;
    }

    /// <summary>Enum lists: a handful of short names.</summary>
    public static PropertyBuilder<IReadOnlyList<TEnum>> AsDelimited<TEnum>(this PropertyBuilder<IReadOnlyList<TEnum>> property) where TEnum : struct, Enum =>
        property.HasConversion(
                v => string.Join(Separator, v.Select(e => e.ToString())),
                s => s.Length == 0 ? Array.Empty<TEnum>() : s.Split(Separator, StringSplitOptions.None).Select(Enum.Parse<TEnum>).ToArray(),
                new ValueComparer<IReadOnlyList<TEnum>>((a, b) => a!.SequenceEqual(b!), v => v.Aggregate(0, (h, x) => HashCode.Combine(h, x)), v => v.ToArray()))
            .HasMaxLength(200).IsRequired();
}
