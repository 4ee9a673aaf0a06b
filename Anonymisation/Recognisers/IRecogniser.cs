using SupervisionBot.Anonymisation.Scanning;

namespace SupervisionBot.Anonymisation.Recognisers;

/// <summary>Finds one kind of identifier in a text and adds what it finds to the candidates.</summary>
internal interface IRecogniser
{
    void Recognise(ScannedText text, List<Candidate> found);
}
