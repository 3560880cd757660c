using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using CreditLoan.Infrastructure.Persistence;
using CreditLoan.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CreditLoan.Web.Tests;

/// <summary>
/// 帮办代办 for a villager without an account (issue 18), on both databases: the agent registers the villager's business with the
/// signed paper authorisation; the scan is stored, audited and downloadable by the station and the bureau only; bad files and
/// fields are refused naming the field; then the agent posts a need and applies in the villager's name, and the bank sees and
/// messages the villager's phone.
/// </summary>
public abstract class AssistedRegistrationTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : CreditLoanApp
{
    /// <summary>The first bytes of a real PNG and a real JPEG, with some body: enough for the magic-number check.</summary>
    private static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 1, 2, 3, 4];
    private static readonly byte[] Jpeg = [0xFF, 0xD8, 0xFF, 0xE0, 0, 16, 0x4A, 0x46, 0x49, 0x46, 0, 1, 9, 9, 9];
    private const string IdNumber = "11010519491231002X";
    private const string Phone = "13912345678";

    private static MultipartFormDataContent Form(string creditCode, byte[]? file = null, string fileName = "委托书.png", string phone = Phone,
        string name = "王大庄", string idNumber = IdNumber, string? contentType = "image/png")
    {
        var form = new MultipartFormDataContent
        {
            { new StringContent(creditCode), "creditCode" },
            { new StringContent(phone), "phone" },
            { new StringContent(name), "principalName" },
            { new StringContent(idNumber), "principalIdNumber" },
        };
        if (file is not null)
        {
            var part = new ByteArrayContent(file);
            if (contentType is not null) part.Headers.ContentType = new MediaTypeHeaderValue(contentType);
            form.Add(part, "file", fileName);
        }
        return form;
    }

    private async Task<T> WithDbAsync<T>(Func<AppDbContext, Task<T>> action)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await action(scope.ServiceProvider.GetRequiredService<AppDbContext>());
    }

    private async Task<string> VillagerCodeAsync(string type = "IndividualBusiness")
    {
        var code = TestData.CreditCode();
        await app.ImportRegistryAsync(TestData.RegistryRow(code, name: "定州市王大庄养殖场", type: type));
        return code;
    }

    [Fact]
    public async Task A_villager_is_registered_with_the_paper_authorisation_which_only_the_station_and_the_bureau_can_read()
    {
        var bank = await app.NewBankAsync();
        var station = await app.NewStationAsync(bank.BankId);
        var other = await app.NewStationAsync(bank.BankId, "另一服务站");
        var enterprise = await app.NewEnterpriseAsync();
        var bureau = await app.BureauAsync();
        var code = await VillagerCodeAsync();

        var registered = await (await station.Agent.PostAsync($"/api/stations/{station.StationId}/assisted-registrations",
            Form(code, Png, "C:\\photos\\授权委托书.png"))).ReadJsonAsync(HttpStatusCode.Created);
        var authorisationId = (string)registered["id"]!;
        var enterpriseId = Guid.Parse((string)registered["enterprise"]!["id"]!);
        Assert.Equal("IndividualBusiness", (string)registered["enterprise"]!["type"]!);
        Assert.Equal(Phone, (string)registered["enterprise"]!["phone"]!);
        var paper = registered["authorisation"]!;
        Assert.Equal("110***********002X", (string)paper["principalIdNumberMasked"]!);
        Assert.Equal("授权委托书.png", (string)paper["fileName"]!);
        Assert.Equal("image/png", (string)paper["contentType"]!);
        Assert.Equal(Png.Length, (int)paper["length"]!);

        // no sign-in account for the villager; the enterprise, its delegation to the station, the paper and its scan are stored
        Assert.False(await WithDbAsync(db => db.Users.AnyAsync(u => u.EnterpriseId == enterpriseId)));
        Assert.Equal(Png, await WithDbAsync(db => db.AuthorisationScans.Where(s => s.AuthorisationId == Guid.Parse(authorisationId))
            .Select(s => s.Content).SingleAsync()));
        var delegators = await (await station.Agent.GetAsync($"/api/stations/{station.StationId}/delegations")).ReadJsonAsync(HttpStatusCode.OK);
        var delegator = delegators["items"]!.AsArray().Single(d => (string)d!["enterpriseId"]! == enterpriseId.ToString())!;
        Assert.Equal(authorisationId, (string)delegator["authorisationId"]!);
        Assert.Equal(Phone, (string)delegator["phone"]!);

        // audited in the agent's name, under the authorisation
        var audit = await WithDbAsync(db => db.AuditLog.AsNoTracking().Where(a => a.Action == "RegisterAssisted" && a.EntityId == authorisationId).ToListAsync());
        var row = Assert.Single(audit);
        Assert.Equal(("Succeeded", "agent"), (row.Outcome, row.ActorRole));
        Assert.StartsWith(station.AgentUserName, row.Actor);

        // the scan: the station's agents and the bureau; another station, a bank and an enterprise get 404, nobody signed in 401
        var path = $"/api/stations/{station.StationId}/authorisations/{authorisationId}";
        foreach (var reader in new[] { station.Agent, bureau })
        {
            using var download = await reader.GetAsync(path);
            Assert.Equal(HttpStatusCode.OK, download.StatusCode);
            Assert.Equal(Png, await download.Content.ReadAsByteArrayAsync());
            Assert.Equal("image/png", download.Content.Headers.ContentType!.MediaType);
            Assert.Equal("attachment", download.Content.Headers.ContentDisposition!.DispositionType);
            Assert.Equal("nosniff", download.Headers.GetValues("X-Content-Type-Options").Single());
        }
        foreach (var stranger in new[] { other.Agent, bank.Officer, enterprise.Client })
        {
            Assert.Equal(HttpStatusCode.NotFound, (await stranger.GetAsync(path)).StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, (await stranger.GetAsync($"/api/stations/{other.StationId}/authorisations/{authorisationId}")).StatusCode);
        }
        Assert.Equal(HttpStatusCode.NotFound, (await bureau.GetAsync($"/api/stations/{other.StationId}/authorisations/{authorisationId}")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await app.CreateClient().GetAsync(path)).StatusCode);
        // another station's agent cannot register at this station (404 before the upload is read), nor can a bank (403)
        Assert.Equal(HttpStatusCode.NotFound,
            (await other.Agent.PostAsync($"/api/stations/{station.StationId}/assisted-registrations", Form(await VillagerCodeAsync(), Png))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden,
            (await bank.Officer.PostAsync($"/api/stations/{station.StationId}/assisted-registrations", Form(await VillagerCodeAsync(), Png))).StatusCode);

        // the same credit code again: refused, by the agent and by the villager's own registration alike
        var again = await (await station.Agent.PostAsync($"/api/stations/{station.StationId}/assisted-registrations", Form(code, Jpeg, "again.jpg", contentType: "image/jpeg")))
            .ReadJsonAsync(HttpStatusCode.Conflict);
        Assert.Equal("AlreadyRegistered", (string)again["code"]!);
        await (await app.CreateClient().PostAsJsonAsync("/api/enterprises/register",
            new { creditCode = code, phone = Phone, userName = TestData.UserName("villager"), password = Scenarios.Password })).ReadJsonAsync(HttpStatusCode.Conflict);
        Assert.Equal(1, await WithDbAsync(db => db.PaperAuthorisations.CountAsync(a => a.EnterpriseId == enterpriseId)));
        var refused = await WithDbAsync(db => db.AuditLog.AsNoTracking().Where(a => a.Action == "RegisterAssisted" && a.EntityId == code && a.Outcome == "Refused").CountAsync());
        Assert.Equal(1, refused);
    }

    [Fact]
    public async Task A_bad_file_or_field_is_refused_naming_it_and_nothing_is_registered()
    {
        var bank = await app.NewBankAsync();
        var station = await app.NewStationAsync(bank.BankId);
        var code = await VillagerCodeAsync();
        var url = $"/api/stations/{station.StationId}/assisted-registrations";

        async Task RefusedAsync(HttpContent content, string field, HttpStatusCode status = HttpStatusCode.BadRequest)
        {
            var problem = await (await station.Agent.PostAsync(url, content)).ReadJsonAsync(status);
            Assert.True(problem["errors"]?.AsObject().ContainsKey(field) == true, $"expected errors.{field}: {problem.ToJsonString()}");
        }

        await RefusedAsync(Form(code), "file");                                                               // no file
        await RefusedAsync(Form(code, []), "file");                                                           // an empty one
        await RefusedAsync(Form(code, "GIF89a-not-allowed"u8.ToArray(), "scan.png"), "file");                 // a GIF named .png: judged by content
        await RefusedAsync(Form(code, "<html><script>alert(1)</script>"u8.ToArray(), "scan.pdf", contentType: "application/pdf"), "file");
        var large = new byte[5 * 1024 * 1024 + 1];
        Png.CopyTo(large, 0);
        await RefusedAsync(Form(code, large), "file");                                                        // one byte over 5 MB
        await RefusedAsync(Form(code, Png, phone: "12345"), "phone");
        await RefusedAsync(Form(code, Png, idNumber: "110105194912310021"), "principalIdNumber");              // a wrong check character
        await RefusedAsync(Form(code, Png, name: " "), "principalName");
        await RefusedAsync(Form("91130682MA07L7TQ3X", Png), "creditCode");                                     // a malformed code
        await RefusedAsync(Form(TestData.CreditCode(), Png), "creditCode", HttpStatusCode.UnprocessableEntity); // the registry does not know it
        await RefusedAsync(JsonContent.Create(new { creditCode = code }), "body");                             // not a form
        Assert.False(await WithDbAsync(db => db.Enterprises.AnyAsync(e => e.CreditCode == code)));

        // a PDF scan is taken; a JPEG photo named .pdf is kept as the JPEG it is
        var pdf = await (await station.Agent.PostAsync(url, Form(code, "%PDF-1.7\n%test\n"u8.ToArray(), "委托书.pdf", contentType: "application/octet-stream")))
            .ReadJsonAsync(HttpStatusCode.Created);
        Assert.Equal("application/pdf", (string)pdf["authorisation"]!["contentType"]!);
        var photo = await (await station.Agent.PostAsync(url, Form(await VillagerCodeAsync("Company"), Jpeg, "photo.pdf", contentType: "application/pdf")))
            .ReadJsonAsync(HttpStatusCode.Created);
        Assert.Equal(("image/jpeg", "photo.jpg"), ((string)photo["authorisation"]!["contentType"]!, (string)photo["authorisation"]!["fileName"]!));
    }

    [Fact]
    public async Task The_agent_posts_a_need_and_applies_for_the_villager_and_the_bank_reaches_the_villagers_phone()
    {
        var bank = await app.NewBankAsync();
        var product = await bank.Officer.CreateProductAsync();
        var station = await app.NewStationAsync(bank.BankId);
        var registered = await (await station.Agent.PostAsync($"/api/stations/{station.StationId}/assisted-registrations",
            Form(await VillagerCodeAsync(), Jpeg, "photo.jpg", contentType: "image/jpeg"))).ReadJsonAsync(HttpStatusCode.Created);
        var enterpriseId = (string)registered["enterprise"]!["id"]!;

        var need = await (await station.Agent.PostAsJsonAsync("/api/needs",
                new { amount = 80_000m, termMonths = 12, purpose = "购买母牛", collateral = "None", enterpriseId }))
            .ReadJsonAsync(HttpStatusCode.Created);
        var matches = await (await station.Agent.GetAsync($"/api/needs/{need["id"]}/matches")).ReadJsonAsync(HttpStatusCode.OK);
        Assert.Contains(matches["items"]!.AsArray(), m => (string)m!["productId"]! == (string)product["id"]!);
        var application = await (await station.Agent.PostAsJsonAsync("/api/applications",
                new { productId = (string)product["id"]!, needId = (string)need["id"]!, amount = 80_000m, termMonths = 12, enterpriseId }))
            .ReadJsonAsync(HttpStatusCode.Created);
        var applicationId = (string)application["id"]!;

        // the bank sees the villager's phone as the contact and the station that applied
        var dossier = await (await bank.Officer.GetAsync($"/api/applications/{applicationId}/dossier")).ReadJsonAsync(HttpStatusCode.OK);
        Assert.Equal(Phone, (string)dossier["enterprise"]!["phone"]!);
        Assert.Equal("翟村服务站", (string)dossier["submittedByStation"]!);

        // following up: the agent reads the application; the bank's acceptance goes to the villager's phone
        await (await bank.Officer.PostAsync($"/api/applications/{applicationId}/accept", null)).ReadJsonAsync(HttpStatusCode.OK);
        var followed = await (await station.Agent.GetAsync($"/api/applications/{applicationId}")).ReadJsonAsync(HttpStatusCode.OK);
        Assert.Equal("Accepted", (string)followed["status"]!);
        var sent = await WithDbAsync(db => db.Outbox.AsNoTracking().Where(m => m.Type == "ApplicationAccepted" && m.Payload.Contains(applicationId))
            .Select(m => m.Recipient).ToListAsync());
        Assert.Equal([Phone], sent);
    }
}

public sealed class SqliteAssistedRegistrationTests(SqliteApp app) : AssistedRegistrationTests<SqliteApp>(app);

public sealed class MariaDbAssistedRegistrationTests(MariaDbApp app) : AssistedRegistrationTests<MariaDbApp>(app);
