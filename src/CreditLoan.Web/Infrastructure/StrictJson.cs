using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace CreditLoan.Web.Infrastructure;

/// <summary>
/// Request bodies are read strictly (api.md "v1.1 additions", product.md §11): a missing field that is not optional is a 400
/// naming it — never a default (a station transaction without <c>type</c> must not post a cash deposit) — and so are a
/// null where the field cannot be null, a duplicate key, and a number sent as a string.
/// </summary>
public static class StrictJson
{
    public static void Configure(JsonSerializerOptions o)
    {
        o.NumberHandling = JsonNumberHandling.Strict;
        o.AllowDuplicateProperties = false;
        o.RespectNullableAnnotations = true;
        o.TypeInfoResolver = new DefaultJsonTypeInfoResolver().WithAddedModifier(RequireWhatHasNoDefault);
    }

    /// <summary>
    /// A constructor parameter (the requests are records) is required unless it is nullable or has a default value:
    /// <c>decimal amount</c> and <c>TransactionType type</c> must be sent, <c>decimal? maxAnnualRate</c> may be left out.
    /// </summary>
    private static void RequireWhatHasNoDefault(JsonTypeInfo type)
    {
        // an anonymous type (written in responses only) has no setters to require
        if (type.Kind != JsonTypeInfoKind.Object || type.Type.IsDefined(typeof(System.Runtime.CompilerServices.CompilerGeneratedAttribute), false)) return;
        foreach (var property in type.Properties)
            if (property.AssociatedParameter is { HasDefaultValue: false, IsNullable: false })
                property.IsRequired = true;
    }
}
