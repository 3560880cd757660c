using CreditLoan.Application.Common.Security;
using Mediator;

namespace CreditLoan.Application.Features.Operations;

/// <summary>The release, from the assemblies' version (Directory.Build.props).</summary>
public static class Release
{
    public static string Version { get; } = typeof(Release).Assembly.GetName().Version is { } v ? $"{v.Major}.{v.Minor}.{v.Build}" : "0.0.0";
}
