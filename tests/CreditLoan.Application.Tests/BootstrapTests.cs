using System.Text.RegularExpressions;
using CreditLoan.Application.Common.Security;
using CreditLoan.Application.Features.Auth;
using CreditLoan.Infrastructure.Identity;
using CreditLoan.Infrastructure.Persistence;
using CreditLoan.Testing;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;

namespace CreditLoan.Application.Tests;

public sealed class CapturingConsole : OperatorConsole
{
    public List<string> Lines { get; } = [];

    public override void WriteLine(string text) => Lines.Add(text);
}

/// <summary>A first start with no administrator password configured.</summary>
public sealed class UnconfiguredHost() : SliceHost(TestDatabase.Sqlite)
{
    public CapturingConsole Console { get; } = new();

    protected override void Configure(IServiceCollection services) => services.AddSingleton<OperatorConsole>(Console);

    protected override IDictionary<string, string?> Settings(IDictionary<string, string?> defaults)
    {
        defaults.Remove("Bootstrap:AdminPassword");
        return defaults;
    }
}

public sealed class BootstrapTests(UnconfiguredHost host) : IClassFixture<UnconfiguredHost>
{
    [Fact]
    public async Task Without_a_configured_password_a_random_one_is_generated_printed_once_and_works()
    {
        var banner = string.Join("\n", host.Console.Lines);
        var password = Regex.Match(banner, @"password:\s+(\S+)").Groups[1].Value;
        Assert.True(password.Length >= 16, banner);
        Assert.DoesNotContain(CreditLoanApp.AdminPassword, banner);

        var token = await host.SendAsync(TestCurrentUser.Anonymous, new IssueTokenCommand("admin", password));
        Assert.Equal(Roles.Bureau, token.Role);

        // a second start finds the administrator and prints nothing
        await using (var scope = host.Services.CreateAsyncScope())
            await scope.ServiceProvider.GetRequiredService<DatabaseInitializer>().InitializeAsync();
        Assert.Single(host.Console.Lines);
    }
}

public sealed class SigningKeyTests
{
    [Fact]
    public void A_key_is_generated_once_into_the_data_directory_and_reused()
    {
        var dir = Path.Combine(Path.GetTempPath(), "creditloan-keys", Guid.NewGuid().ToString("N"));
        var first = new SigningKeyProvider(new JwtOptions(), dir, NullLogger<SigningKeyProvider>.Instance);
        Assert.True(File.Exists(Path.Combine(dir, "jwt-signing.key")));
        var second = new SigningKeyProvider(new JwtOptions(), dir, NullLogger<SigningKeyProvider>.Instance);
        Assert.Equal(first.Key.Key, second.Key.Key);
        Assert.True(first.Key.Key.Length >= 32);

        var configured = new SigningKeyProvider(new JwtOptions { SigningKey = new string('k', 40) }, dir, NullLogger<SigningKeyProvider>.Instance);
        Assert.NotEqual(first.Key.Key, configured.Key.Key);
        Assert.Throws<InvalidOperationException>(() => new SigningKeyProvider(new JwtOptions { SigningKey = "short" }, dir, NullLogger<SigningKeyProvider>.Instance));
        Directory.Delete(dir, true);
    }
}
