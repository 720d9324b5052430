namespace TransitionLab.Api.Tests.Durability;

/// <summary>The shape the API journals: a reflection identified by id and revision, so replay can upsert.</summary>
public sealed record JournaledReflection(string Id, int Revision, string Observed);
