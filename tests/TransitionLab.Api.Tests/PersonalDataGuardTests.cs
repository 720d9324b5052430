using TransitionLab.Core.Privacy;

namespace TransitionLab.Api.Tests;

public class PersonalDataGuardTests
{
    [Theory]
    [InlineData("BSN 111222333 bekend", PersonalDataKind.Bsn)]
    [InlineData("nummer 123.456.782", PersonalDataKind.Bsn)]
    [InlineData("nummer 123 456 782.", PersonalDataKind.Bsn)]
    [InlineData("mail an.de.vries@wijkteam.example.nl", PersonalDataKind.Email)]
    [InlineData("bel 06-12345678", PersonalDataKind.PhoneNumber)]
    [InlineData("bel 0612345678", PersonalDataKind.PhoneNumber)]
    [InlineData("bel +31 6 12345678", PersonalDataKind.PhoneNumber)]
    [InlineData("bel +31 (0)6 1234 5678", PersonalDataKind.PhoneNumber)]
    [InlineData("bel 020-1234567", PersonalDataKind.PhoneNumber)]
    [InlineData("bel 0031 20 123 4567", PersonalDataKind.PhoneNumber)]
    public void Personal_data_is_found(string text, PersonalDataKind kind) =>
        Assert.Equal([kind], PersonalDataGuard.Find(text));

    [Theory]
    [InlineData("In 2024 bereikten we 1500 gezinnen.")]
    [InlineData("Budget € 123.456.782 voor vier jaar.")]
    [InlineData("Kosten: 250000 euro, 12,5% minder.")]
    [InlineData("Postcode 1234 AB en 4321 ZZ.")]
    [InlineData("Van 2024-03-01 tot 01-03-2025.")]
    [InlineData("Nummer 123456789 haalt de elfproef niet.")]
    [InlineData("Ruim 40 van de 144 categorieën woningzoekenden.")]
    [InlineData("")]
    public void Ordinary_numbers_pass(string text) => Assert.Empty(PersonalDataGuard.Find(text));

    [Fact]
    public void Eleven_test_follows_the_bsn_rule()
    {
        Assert.True(PersonalDataGuard.PassesElevenTest("111222333"));
        Assert.False(PersonalDataGuard.PassesElevenTest("111222334"));
        Assert.False(PersonalDataGuard.PassesElevenTest("000000000"));
    }

    [Fact]
    public void Finding_message_never_holds_the_value()
    {
        var finding = PersonalDataGuard.Check([("loop.observed", "mail j@x.nl")]).Single();
        Assert.Equal("loop.observed", finding.Path);
        Assert.DoesNotContain("j@x.nl", finding.Message);
        Assert.Contains("e-mailadres", finding.Message);
    }
}
