using System.Globalization;
using CreditLoan.Application.Features.Statistics;

namespace CreditLoan.Web.Components.Bureau;

/// <summary>
/// The address of the applications behind a figure of the dashboard (<c>/bureau/applications?figure=…</c>): the same counter,
/// the same days, the same group, so the list's count is the figure clicked (<see cref="ListFigureApplicationsQuery"/>).
/// </summary>
public static class Drill
{
    public static string To(StatsFigure figure, DateOnly from, DateOnly to, string? township = null, string? industry = null, Guid? bankId = null,
        Guid? stationId = null, string path = "/bureau/applications")
    {
        var query = new List<string>
        {
            $"figure={figure}", $"from={from.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}", $"to={to.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}",
        };
        if (township is not null) query.Add($"township={Uri.EscapeDataString(township)}");
        if (industry is not null) query.Add($"industry={Uri.EscapeDataString(industry)}");
        if (bankId is { } bank) query.Add($"bankId={bank}");
        if (stationId is { } station) query.Add($"stationId={station}");
        return $"{path}?{string.Join('&', query)}";
    }
}

/// <summary>A group's figures on the dashboard: <paramref name="Key"/> is what the drill-down filters by (bank id, township code, industry letter), <paramref name="Name"/> the group as people read it.</summary>
public sealed record FigurePoint(string Label, decimal Amount, long Loans, long Applications, long Overdue, string Key = "", string Name = "")
{
    /// <summary>The group's name short enough for a chart's axis (the tables beside it give it whole): 信息传输、软件… for an industry.</summary>
    public string Short => (Name.IndexOf('（') is var paren and > 0 ? Name[..paren] : Name) is var bare && bare.Length > 7 ? bare[..6] + "…" : bare;
}

/// <summary>A station's counter (transactions, amount) beside the applications it made for villagers (帮办) and the loans on them.</summary>
public sealed record StationFigures(Guid Id, string Name, string Village, long Transactions, decimal Amount, int Applications, int Loans);
