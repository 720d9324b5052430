using LiteDB;

namespace TransitionLab.Api.Reflections;

/// <summary>
/// Migrates reflection documents written before their texts had names: hypothesis, loop and lessons were lists read
/// by position, with the hypothesis result and the loop decision beside them.
/// </summary>
internal static class StoredReflectionShape
{
    // The order the lists were written in; it exists only here now.
    private static readonly string[] HypothesisTexts =
        [nameof(StoredHypothesis.WeBelieve), nameof(StoredHypothesis.ToVerify), nameof(StoredHypothesis.WeMeasure), nameof(StoredHypothesis.WeAreRightIf)];
    private static readonly string[] LoopTexts = [nameof(StoredLoop.Observed), nameof(StoredLoop.Learned), nameof(StoredLoop.Therefore)];
    private static readonly string[] LessonTexts =
        [nameof(StoredLessons.Challenges), nameof(StoredLessons.ConditionsForSuccess), nameof(StoredLessons.Replication), nameof(StoredLessons.LessonsLearned)];

    /// <summary>Migrates the reflection in every document of <paramref name="collection"/>, found by <paramref name="reflectionOf"/>.</summary>
    public static void NameTexts(ILiteCollection<BsonDocument> collection, Func<BsonDocument, BsonDocument?> reflectionOf)
    {
        foreach (var doc in collection.FindAll().ToList())
            if (reflectionOf(doc) is { } reflection && NameTexts(reflection)) collection.Update(doc);
    }

    /// <summary>Gives one reflection document named texts; <c>false</c> when it had them already.</summary>
    public static bool NameTexts(BsonDocument reflection)
    {
        if (!reflection[nameof(StoredReflection.Hypothesis)].IsArray) return false;
        reflection[nameof(StoredReflection.Hypothesis)] = Named(Texts(reflection, nameof(StoredReflection.Hypothesis)), HypothesisTexts,
            (nameof(StoredHypothesis.Result), Take(reflection, "Result")));
        reflection[nameof(StoredReflection.Loop)] = Named(Texts(reflection, nameof(StoredReflection.Loop)), LoopTexts,
            (nameof(StoredLoop.Decision), Take(reflection, "Decision")));
        reflection[nameof(StoredReflection.Lessons)] = Named(Texts(reflection, nameof(StoredReflection.Lessons)), LessonTexts);
        return true;
    }

    private static BsonDocument Named(BsonArray texts, string[] names, params (string Name, BsonValue Value)[] more)
    {
        var named = new BsonDocument();
        for (var i = 0; i < names.Length; i++) named[names[i]] = i < texts.Count ? texts[i] : "";
        foreach (var (name, value) in more) if (!value.IsNull) named[name] = value;
        return named;
    }

    private static BsonArray Texts(BsonDocument doc, string field) => doc[field].IsArray ? doc[field].AsArray : [];

    private static BsonValue Take(BsonDocument doc, string field)
    {
        var value = doc[field];
        doc.Remove(field);
        return value;
    }
}
