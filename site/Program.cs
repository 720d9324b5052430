using TransitionLab.Core.Content;

// Temporary entry point: validates content until the generator lands.
var content = args.SkipWhile(a => a != "--content").Skip(1).FirstOrDefault()
              ?? ContentDefaults.FindContentFolder(Directory.GetCurrentDirectory());
var result = ContentLoader.Load(content);
foreach (var problem in result.Problems) Console.Error.WriteLine(problem);
Console.WriteLine($"{result.Catalogue.Experiments.Count} experiments, {result.Catalogue.Themes.Count} themes, {result.Catalogue.Concepts.Count} concepts, {result.Catalogue.Modules.Count} modules, {result.Catalogue.Pages.Count} pages; {result.Problems.Count} problems");
return result.IsValid ? 0 : 1;
