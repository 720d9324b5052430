using TransitionLab.Api.Site;

namespace TransitionLab.Api.Tests;

/// <summary>
/// Site rebuilds run on threads the operating system serves after the requests, and everything they start stays there.
/// </summary>
public sealed class RenderingThreadsTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(20);

    [Fact]
    public async Task Work_and_what_it_awaits_and_starts_stays_on_the_rendering_threads()
    {
        using var rendering = new RenderingThreads();
        var names = new System.Collections.Concurrent.ConcurrentQueue<string>();
        void Note(string step) => names.Enqueue($"{step} on {Thread.CurrentThread.Name}");

        await rendering.Run(async () =>
        {
            Note("start");
            await Task.Delay(10);
            Note("after an await");
            // As the site's loops do (BuildParallelism): with default options a loop would take the thread pool's threads.
            Parallel.For(0, 64, new ParallelOptions { TaskScheduler = TaskScheduler.Current }, i => Note($"loop {i}"));
            await Task.Factory.StartNew(() => Note("a task it started"), CancellationToken.None, TaskCreationOptions.None, TaskScheduler.Current);
        }).WaitAsync(Patience);

        Assert.All(names, name => Assert.EndsWith("site rendering", name[..^2], StringComparison.Ordinal));
    }

    [Fact]
    public async Task Two_lanes_each_waiting_for_a_parallel_loop_both_finish()
    {
        using var rendering = new RenderingThreads();
        var lanes = Enumerable.Range(0, 2 * Environment.ProcessorCount).Select(_ => rendering.Run(() =>
        {
            var sum = 0L;
            Parallel.For(0, 1000, new ParallelOptions { TaskScheduler = TaskScheduler.Current }, i =>
            {
                Thread.SpinWait(200);
                Interlocked.Add(ref sum, i);
            });
            Assert.Equal(499_500, sum);
            return Task.CompletedTask;
        }));

        await Task.WhenAll(lanes).WaitAsync(Patience);
    }

    [Fact]
    public async Task Work_still_running_when_the_threads_are_disposed_finishes()
    {
        var rendering = new RenderingThreads();
        var release = new TaskCompletionSource();
        var work = rendering.Run(async () =>
        {
            await release.Task;
            await Task.Yield();
        });

        rendering.Dispose();
        release.SetResult();

        await work.WaitAsync(Patience);
    }

    [Fact]
    public async Task On_Linux_the_rendering_threads_have_a_lower_priority_than_the_requests()
    {
        if (!OperatingSystem.IsLinux()) return;
        using var rendering = new RenderingThreads();
        var own = CurrentNice();
        var nice = 0;

        await rendering.Run(() =>
        {
            nice = CurrentNice();
            return Task.CompletedTask;
        }).WaitAsync(Patience);

        Assert.True(nice > own, $"nice {nice} is not above the test's own {own}");
    }

    // Field 19 of /proc/thread-self/stat is the calling thread's nice value; the command name before it may hold spaces.
    private static int CurrentNice()
    {
        var stat = File.ReadAllText("/proc/thread-self/stat");
        return int.Parse(stat[(stat.LastIndexOf(')') + 2)..].Split(' ')[16], System.Globalization.CultureInfo.InvariantCulture);
    }
}
