namespace TransitionLab.Site.Generation;

/// <summary>
/// Options for the parallel loops of a build: they run on the scheduler the build runs on. The API renders on threads
/// of a lower priority than its requests; a loop with default options would take the thread pool's instead.
/// </summary>
internal static class BuildParallelism
{
    public static ParallelOptions OnCurrentScheduler => new() { TaskScheduler = TaskScheduler.Current };
}
