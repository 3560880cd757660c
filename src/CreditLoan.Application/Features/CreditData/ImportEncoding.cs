using CreditLoan.Application.Common;

namespace CreditLoan.Application.Features.CreditData;

/// <summary>
/// The text encoding of a CSV or JSON-lines file. <see cref="Utf8"/> is the API's default (as before GBK was accepted);
/// <see cref="Auto"/> (the portal's default): a UTF-8 byte-order mark decides, otherwise a file whose first 64 KiB are valid
/// UTF-8 is read as UTF-8, any other as GB18030 (which contains GBK and GB2312). XLSX workbooks ignore this choice.
/// </summary>
public enum ImportEncoding { Utf8, Auto, Gb18030 }

public static class ImportEncodings
{
    /// <summary>The API's <c>encoding</c> parameter: utf-8 (or none: UTF-8 as before), auto, or gb18030 (gbk and gb2312 name it too).</summary>
    public static ImportEncoding Parse(string? value) => value?.Trim().ToLowerInvariant() switch
    {
        null or "" or "utf-8" or "utf8" => ImportEncoding.Utf8,
        "auto" => ImportEncoding.Auto,
        "gb18030" or "gbk" or "gb2312" => ImportEncoding.Gb18030,
        _ => throw new FieldValidationException("encoding", $"encoding '{value}' is not utf-8, auto or gb18030 (gbk)."),
    };
}
