using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace CreditLoan.Web.Infrastructure;

/// <summary>
/// Schemas as the API's JSON really is (System.Text.Json with <see cref="StrictJson"/>): an enum is a string (the
/// JsonStringEnumConverter refuses numbers), and money — <c>decimal</c> — is a JSON number with format <c>decimal</c>
/// (never a string: number handling is strict; never <c>double</c>: clients must not round yuan through binary floats).
/// </summary>
public static class ApiSchemas
{
    public static Task TransformAsync(OpenApiSchema schema, OpenApiSchemaTransformerContext context, CancellationToken ct)
    {
        var type = Nullable.GetUnderlyingType(context.JsonTypeInfo.Type) ?? context.JsonTypeInfo.Type;
        if (type.IsEnum && schema.Enum is { Count: > 0 })
        {
            // an optional enum (such as a new bank user's role) is a string that may be left out: its values are the names only
            schema.Type = JsonSchemaType.String;
            for (var i = schema.Enum.Count - 1; i >= 0; i--)
                if (schema.Enum[i] is null || schema.Enum[i]!.GetValueKind() == System.Text.Json.JsonValueKind.Null) schema.Enum.RemoveAt(i);
        }
        else if (type == typeof(decimal))
            schema.Format = "decimal";
        return Task.CompletedTask;
    }
}
