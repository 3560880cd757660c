using CreditLoan.Application.Common;

namespace CreditLoan.Application.Features.CreditData;

/// <summary>
/// The text encoding of a CSV or JSON-lines file. <see cref="Auto"/> (the default): a byte-order mark decides; otherwise a
/// file whose first 64 KiB are valid UTF-8 is read as UTF-8, any other as GB18030 (which contains GBK and GB2312).
/// XLSX workbooks carry their own encoding and ignore this choice.
/// </summary>
public enum ImportEncoding { Auto, Utf8, Gb18030 }

public static class ImportEncodings
{
    /// <summary>The API's <c>encoding</c> parameter: auto (or none), utf-8, or gb18030 (gbk and gb2312 name it too).</summary>
    public static ImportEncoding Parse(string? value) => value?.Trim().ToLowerInvariant() switch
    {
        null or "" or "auto" => ImportEncoding.Auto,
        "utf-8" or "utf8" => ImportEncoding.Utf8,
        "gb18030" or "gbk" or "gb2312" => ImportEncoding.Gb18030,
        _ => throw new FieldValidationException("encoding", $"encoding '{value}' is not auto, utf-8 or gb18030 (gbk)."),
    };
}
