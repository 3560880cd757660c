using CreditLoan.Application.Features.Stations;
using CreditLoan.Domain.Common;

namespace CreditLoan.Web.Endpoints;

/// <summary>The counter's printable receipt (58 mm): the API's receipt as HTML, for the API and the portal alike.</summary>
public static class Receipts
{
    private static string ServiceName(string type) => type switch
    {
        "CashDeposit" => "存款",
        "CashWithdrawal" => "取款",
        "Transfer" => "转账",
        "PensionWithdrawal" => "养老金支取",
        "UtilityPayment" => "生活缴费",
        "Replenish" => "领现",
        "Return" => "缴现",
        "Reversal" => "冲正",
        _ => type,
    };

    private static string E(string? text) => System.Net.WebUtility.HtmlEncode(text ?? "-");

    /// <summary>The agent's user name from the audit name <c>userName (userId)</c>.</summary>
    public static string AgentName(string agent) => agent.IndexOf(" (", StringComparison.Ordinal) is > 0 and var i ? agent[..i] : agent;

    private static string Row(string label, string? value) => value is null ? "" : $"<tr><td>{label}</td><td>{E(value)}</td></tr>";

    public static string Html(ReceiptResponse r) => $$"""
        <!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>回单 {{r.ReceiptNo}}</title>
        <style>body{font-family:sans-serif;width:58mm;margin:4mm}h1{font-size:14pt;text-align:center}h2{font-size:10pt;text-align:center;font-weight:normal}td{padding:1mm 0;vertical-align:top}td+td{text-align:right}.sign{margin-top:8mm;border-bottom:1px solid #000;padding-bottom:6mm}</style></head>
        <body><h1>{{E(r.StationName)}}</h1><h2>{{E(r.BankName is { Length: > 0 } ? r.BankName : null)}}</h2><table>
        <tr><td>回单号</td><td>{{r.ReceiptNo}}</td></tr>
        <tr><td>时间</td><td>{{r.Time.ToOffset(ChinaTime.Offset):yyyy-MM-dd HH:mm:ss}}</td></tr>
        <tr><td>业务日期</td><td>{{r.BusinessDate:yyyy-MM-dd}}</td></tr>
        <tr><td>业务</td><td>{{ServiceName(r.Type)}}</td></tr>
        <tr><td>账号</td><td>{{r.AccountNo ?? "-"}}</td></tr>
        {{Row("户名", r.Holder)}}
        <tr><td>金额</td><td>{{r.Amount:0.00}} 元</td></tr>
        <tr><td>大写</td><td>{{E(r.AmountInCapitals)}}</td></tr>
        {{Row("缴费单号", r.BillNo)}}{{Row("收款单位", r.Payee)}}{{Row("原回单号", r.ReversalOfReceiptNo)}}{{Row("已冲正", r.ReversedByReceiptNo)}}
        <tr><td>余额</td><td>{{(r.BalanceAfter is { } b ? b.ToString("0.00") + " 元" : "-")}}</td></tr>
        <tr><td>代办员</td><td>{{E(r.Agent)}}</td></tr>
        </table><p class="sign">客户签名：</p><p class="sign">代办员：</p></body></html>
        """;
}
