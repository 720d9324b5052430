using TransitionLab.Api.Agenda;
using TransitionLab.Api.Experiments;
using TransitionLab.Api.Verdicts;
using TransitionLab.Api.Site;
using TransitionLab.Core.Agenda;
using TransitionLab.Core.Insights;
using TransitionLab.Core.Snapshots;

namespace TransitionLab.Api.Exports;

/// <summary>The catalogue with its verdicts, and the transition agenda, as downloads: CSV for Dutch Excel and JSON.</summary>
public static class ExportsApi
{
    /// <summary>CSV media type; Excel needs the charset and the BOM to read UTF-8.</summary>
    public const string CsvContentType = "text/csv; charset=utf-8";

    /// <summary>Maps <c>/api/export</c>.</summary>
    public static RouteGroupBuilder MapExports(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/export").WithTags("Exports");

        group.MapGet("/experimenten.csv", (ScalingVerdicts verdicts, ImportedCatalogue catalogue) =>
                TypedResults.File(CatalogueExport.ToCsv(verdicts.All().Entries, catalogue.Current.Themes), CsvContentType, "experimenten.csv"))
            .WithName("ExportCatalogueCsv").WithSummary("Download the catalogue as CSV")
            .WithDescription("Every experiment with its verdict, for Dutch Excel: UTF-8 with a BOM, ';' between fields, decimal commas, a Dutch header.")
            .Produces(StatusCodes.Status200OK, contentType: "text/csv");

        group.MapGet("/experimenten.json", (ScalingVerdicts verdicts) =>
                TypedResults.Text(CatalogueExport.ToJson(verdicts.All().Entries), "application/json; charset=utf-8"))
            .WithName("ExportCatalogueJson").WithSummary("Download the catalogue as JSON")
            .WithDescription("The same rows as the CSV as a JSON array, with codes instead of Dutch labels.")
            .Produces<CatalogueRow[]>(StatusCodes.Status200OK, "application/json");

        group.MapGet("/transitieagenda.csv", (AgendaBoard board) =>
                TypedResults.File(AgendaExport.ToCsv(board.Items(), board.Catalogue, board.Today), CsvContentType, "transitieagenda.csv"))
            .WithName("ExportAgendaCsv").WithSummary("Download the transition agenda as CSV")
            .WithDescription("Every item on the agenda and every open proposal, for Dutch Excel: UTF-8 with a BOM, ';' between fields, a Dutch header.")
            .Produces(StatusCodes.Status200OK, contentType: "text/csv");

        group.MapGet("/transitieagenda.json", (AgendaBoard board) =>
                TypedResults.Text(AgendaExport.ToJson(board.Items(), board.Catalogue, board.Today), "application/json; charset=utf-8"))
            .WithName("ExportAgendaJson").WithSummary("Download the transition agenda as JSON")
            .WithDescription("The same rows as the CSV as a JSON array, with codes instead of Dutch labels.")
            .Produces<AgendaRow[]>(StatusCodes.Status200OK, "application/json");

        routes.MapGet("/api/snapshot", (PublicData records) =>
            {
                // Kestrel refuses synchronous writes to the response, and the snapshot writer is synchronous.
                using var buffer = new MemoryStream();
                records.Snapshot().Write(buffer);
                return TypedResults.Bytes(buffer.ToArray(), "application/json; charset=utf-8");
            })
            .WithTags("Exports").WithName("GetSnapshot").WithSummary("Download a snapshot of all public records")
            .WithDescription("Every reflection revision and steward decision, for a standalone static build: `dotnet run --project site -- build --api <url>` fetches it. Course practice reflections are never included.")
            .Produces<PlatformSnapshot>(StatusCodes.Status200OK, "application/json");

        return group;
    }
}
