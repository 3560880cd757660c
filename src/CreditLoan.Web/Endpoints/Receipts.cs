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

    public static string Html(ReceiptResponse r) => $$"""
        <!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>回单 {{r.ReceiptNo}}</title>
        <style>body{font-family:sans-serif;width:58mm;margin:4mm}h1{font-size:14pt;text-align:center}td{padding:1mm 0}td+td{text-align:right}</style></head>
        <body><h1>{{System.Net.WebUtility.HtmlEncode(r.StationName)}}</h1><table>
        <tr><td>回单号</td><td>{{r.ReceiptNo}}</td></tr>
        <tr><td>时间</td><td>{{r.Time.ToOffset(ChinaTime.Offset):yyyy-MM-dd HH:mm:ss}}</td></tr>
        <tr><td>业务</td><td>{{ServiceName(r.Type)}}</td></tr>
        <tr><td>账号</td><td>{{r.AccountNo ?? "-"}}</td></tr>
        <tr><td>金额</td><td>{{r.Amount:0.00}} 元</td></tr>
        <tr><td>余额</td><td>{{(r.BalanceAfter is { } b ? b.ToString("0.00") + " 元" : "-")}}</td></tr>
        <tr><td>代办员</td><td>{{System.Net.WebUtility.HtmlEncode(r.Agent)}}</td></tr>
        </table></body></html>
        """;
}
