using System.Collections.Concurrent;
using System.Runtime.InteropServices;

namespace TransitionLab.Api.Site;

/// <summary>
/// The threads that build and re-render the site in the background, at a lower CPU priority than the requests.
/// Work started here stays here: its awaits, <see cref="Parallel"/> loops and the site generator's workers run on
/// <see cref="TaskScheduler.Current"/>, which is this scheduler.
/// </summary>
/// <remarks>
/// At national scale a rebuild after a stream of writes renders hundreds of pages. On the shared thread pool it
/// took the cores at the same priority as the writes it followed, and durable writes waited up to a second and a
/// half behind it (p99). The operating system now gives the requests the cores first and the rebuilds what is
/// left, which on an idle node is everything.
/// </remarks>
public sealed class RenderingThreads : TaskScheduler, IDisposable
{
    // The nice value of the rendering threads on Linux: the scheduler then weighs a request thread (0) about ten
    // times as heavily when both want a core.
    private const int LowerPriority = 10;
    // setpriority(2) with PRIO_PROCESS and a thread id sets the nice value of that one thread on Linux.
    private const int WhichProcess = 0;
    [ThreadStatic] private static bool t_isRenderingThread;
    private readonly BlockingCollection<Task> _queue = [];
    private readonly Thread[] _threads;

    /// <summary>Starts one thread per core.</summary>
    public RenderingThreads()
    {
        _threads = Enumerable.Range(0, Environment.ProcessorCount).Select(i => new Thread(Work)
        {
            IsBackground = true,
            Name = $"site rendering {i + 1}",
            // Honoured on Windows; on Linux the thread lowers its own nice value (see Work).
            Priority = ThreadPriority.BelowNormal,
        }).ToArray();
        foreach (var thread in _threads) thread.Start();
    }

    /// <inheritdoc />
    public override int MaximumConcurrencyLevel => _threads.Length;

    /// <summary>
    /// Runs <paramref name="work"/> on these threads; everything it awaits continues on them too. Whoever awaits the
    /// result continues on the thread pool, not here.
    /// </summary>
    public Task Run(Func<Task> work)
    {
        // Completing inline would run the caller's continuation on a rendering thread, at its priority and with this
        // scheduler as the current one for whatever the caller starts next.
        var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        Task.Factory.StartNew(work, CancellationToken.None, TaskCreationOptions.DenyChildAttach, this).Unwrap().ContinueWith(task =>
        {
            if (task.IsFaulted) done.SetException(task.Exception.InnerExceptions);
            else if (task.IsCanceled) done.SetCanceled();
            else done.SetResult();
        }, CancellationToken.None, TaskContinuationOptions.None, TaskScheduler.Default);
        return done.Task;
    }

    /// <inheritdoc />
    protected override void QueueTask(Task task)
    {
        try
        {
            _queue.Add(task);
        }
        catch (InvalidOperationException) when (_queue.IsAddingCompleted)
        {
            // Disposed while a build still ran (the host stopped and its shutdown timeout passed): what is left finishes
            // on the thread pool, so a continuation does not fail on its way to a thread that has ended.
            ThreadPool.UnsafeQueueUserWorkItem(_ => TryExecuteTask(task), null);
        }
    }

    // A rendering thread that waits for work queued here (a Parallel loop, a Wait) runs it itself, so two lanes
    // blocked at once cannot leave it queued with no thread to run it. Others must not run it at their priority.
    /// <inheritdoc />
    protected override bool TryExecuteTaskInline(Task task, bool taskWasPreviouslyQueued) =>
        t_isRenderingThread && TryExecuteTask(task);

    /// <inheritdoc />
    protected override IEnumerable<Task> GetScheduledTasks() => _queue.ToArray();

    /// <inheritdoc />
    public void Dispose() => _queue.CompleteAdding();

    private void Work()
    {
        t_isRenderingThread = true;
        if (OperatingSystem.IsLinux())
        {
            // Best effort: on a system that refuses, the rendering only keeps the requests' priority.
            _ = SetPriority(WhichProcess, GetThreadId(), LowerPriority);
        }
        foreach (var task in _queue.GetConsumingEnumerable()) TryExecuteTask(task);
    }

    [DllImport("libc", EntryPoint = "setpriority")]
    private static extern int SetPriority(int which, int who, int priority);

    [DllImport("libc", EntryPoint = "gettid")]
    private static extern int GetThreadId();
}
