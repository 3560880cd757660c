namespace CreditLoan.Web.Infrastructure;

/// <summary>
/// Reads the shipped division table (665,276 rows, docs/performance.md) once in the background so that the first picker
/// does not wait for it — but only once the first request (a readiness probe, as a rule) has been answered, or five
/// seconds after start-up, whichever comes first: reading it takes a core for a second or two, which start-up and the
/// first answers should not share. Then the parse's garbage is given back, by the host that read the table: another host in
/// the same process (the test suites start hundreds) finds it read and does not force a full, compacting collection of a
/// heap it shares. <c>Places:Preload=false</c>: read on first use.
/// </summary>
public static class DivisionPreload
{
    public static readonly TimeSpan Latest = TimeSpan.FromSeconds(5);

    public static void UseDivisionPreload(this WebApplication app)
    {
        if (!app.Configuration.GetValue("Places:Preload", true)) return;
        var started = 0;
        void Start()
        {
            if (Interlocked.Exchange(ref started, 1) != 0) return;
            _ = Task.Run(() =>
            {
                if (Domain.Places.DivisionTable.ShippedLoaded) return;
                var watch = System.Diagnostics.Stopwatch.StartNew();
                var rows = Domain.Places.DivisionTable.Shipped.Count;
                GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
                app.Logger.LogInformation("Division table read: {Rows} divisions in {Ms} ms", rows, watch.ElapsedMilliseconds);
            });
        }
        app.Use(async (http, next) =>
        {
            await next(http);
            if (Volatile.Read(ref started) == 0) Start();
        });
        app.Lifetime.ApplicationStarted.Register(() => _ = Task.Delay(Latest).ContinueWith(_ => Start(), TaskScheduler.Default));
    }
}
