using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Primitives;
using Microsoft.Win32.SafeHandles;

namespace TransitionLab.Api.Site;

/// <summary>
/// The built site's files, each as the request first saw it. A rebuild moves new pages over old ones while
/// readers fetch them, and the static-file middleware takes a file's length and date at lookup but opens it
/// again to send it: a reader would get the new page cut at the old length, or a 500 when the new page is
/// shorter. Here the lookup opens the file, and the open handle keeps the content that length and date describe
/// (a file moved over it does not change what an open handle reads).
/// </summary>
internal sealed class SiteFiles(string root, IHttpContextAccessor requests) : IFileProvider
{
    private readonly PhysicalFileProvider _folder = new(root);

    public IFileInfo GetFileInfo(string subpath)
    {
        var file = _folder.GetFileInfo(subpath);
        if (file is not { Exists: true, IsDirectory: false, PhysicalPath: { } path }) return file;
        SafeFileHandle handle;
        try
        {
            handle = File.OpenHandle(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            // Gone between the two looks: a full build swapped the folder.
            return new NotFoundFileInfo(file.Name);
        }
        // Closed when the request ends, also when nothing reads it (a 304, a HEAD, a directory's index looked up).
        requests.HttpContext?.Response.RegisterForDispose(handle);
        return new OpenedFile(file.Name, handle);
    }

    public IDirectoryContents GetDirectoryContents(string subpath) => _folder.GetDirectoryContents(subpath);

    public IChangeToken Watch(string filter) => _folder.Watch(filter);

    private sealed class OpenedFile(string name, SafeFileHandle handle) : IFileInfo
    {
        public bool Exists => true;
        public bool IsDirectory => false;
        public string Name => name;
        public long Length { get; } = RandomAccess.GetLength(handle);
        public DateTimeOffset LastModified { get; } = File.GetLastWriteTimeUtc(handle);

        // No path: the middleware would open it again, which is the race this class exists to close.
        public string? PhysicalPath => null;

        // The middleware reads a file once per request (a range request seeks in that one stream); disposing it closes the
        // handle, which the request's own disposal then finds closed already.
        public Stream CreateReadStream() => new FileStream(handle, FileAccess.Read, bufferSize: 0);
    }
}
