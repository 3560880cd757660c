using System.Text.RegularExpressions;
using Mediator;

namespace CreditLoan.Web.Tests;

/// <summary>The codebase's map holds (docs/architecture.md): a newcomer finds a use case by its name, and layers stay apart.</summary>
public sealed class ArchitectureTests
{
    private static readonly string Root = FindRoot();

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "CreditLoan.sln"))) return dir.FullName;
        throw new InvalidOperationException("CreditLoan.sln not found above " + AppContext.BaseDirectory);
    }

    private static IEnumerable<string> Sources(string project, params string[] extensions) =>
        Directory.EnumerateFiles(Path.Combine(Root, "src", project), "*.*", SearchOption.AllDirectories)
            .Where(f => extensions.Contains(Path.GetExtension(f)))
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}") && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}"));

    [Fact]
    public void Every_request_has_a_file_of_its_name_under_Features()
    {
        var requests = typeof(CreditLoan.Application.DependencyInjection).Assembly.GetTypes()
            .Where(t => !t.IsAbstract && typeof(IMessage).IsAssignableFrom(t)).ToList();
        Assert.NotEmpty(requests);
        var features = Path.Combine(Root, "src", "CreditLoan.Application", "Features");
        var missing = new List<string>();
        foreach (var request in requests)
        {
            var name = Regex.Replace(request.Name, "(Command|Query)$", "");
            var file = Directory.EnumerateFiles(features, name + ".cs", SearchOption.AllDirectories).FirstOrDefault();
            if (file is null || !Regex.IsMatch(File.ReadAllText(file), $@"\brecord {request.Name}\b"))
                missing.Add($"{request.FullName} → Features/<Area>/{name}.cs");
        }
        Assert.True(missing.Count == 0, "Requests without their own file:\n" + string.Join("\n", missing));
    }

    [Fact]
    public void No_source_file_is_over_300_lines()
    {
        var long_ = Directory.EnumerateDirectories(Path.Combine(Root, "src"))
            .SelectMany(p => Sources(Path.GetFileName(p), ".cs", ".razor"))
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}Migrations{Path.DirectorySeparatorChar}"))
            .Select(f => (File: Path.GetRelativePath(Root, f), Lines: File.ReadLines(f).Count()))
            .Where(f => f.Lines > 300).ToList();
        Assert.True(long_.Count == 0, "Files over 300 lines:\n" + string.Join("\n", long_.Select(f => $"{f.File}: {f.Lines}")));
    }

    [Fact]
    public void The_web_layer_does_not_reach_into_persistence()
    {
        var offenders = Sources("CreditLoan.Web", ".cs", ".razor")
            .Where(f => File.ReadAllText(f) is var text && (text.Contains("Microsoft.EntityFrameworkCore") || text.Contains("Infrastructure.Persistence")))
            .Select(f => Path.GetRelativePath(Root, f)).ToList();
        Assert.True(offenders.Count == 0, "Web files using EF Core or Infrastructure.Persistence:\n" + string.Join("\n", offenders));
    }

    [Fact]
    public void The_application_layer_does_not_cast_to_a_DbContext()
    {
        var offenders = Sources("CreditLoan.Application", ".cs").Where(f => Regex.IsMatch(File.ReadAllText(f), @"\bas (\w+\.)*DbContext\b|\((\w+\.)*DbContext\)"))
            .Select(f => Path.GetRelativePath(Root, f)).ToList();
        Assert.True(offenders.Count == 0, string.Join("\n", offenders));
    }

    [Fact]
    public void Saving_only_guards_the_append_only_tables()
    {
        var context = File.ReadAllText(Path.Combine(Root, "src", "CreditLoan.Infrastructure", "Persistence", "AppDbContext.cs"));
        var save = context[context.IndexOf("public override Task<int> SaveChangesAsync", StringComparison.Ordinal)..];
        save = save[..save.IndexOf("private void GuardAppendOnly", StringComparison.Ordinal)];
        Assert.DoesNotContain("Stats", save);
        Assert.DoesNotContain("ChangeTracker.Entries", save);
        Assert.DoesNotContain("OriginalValues", context);
    }
}
