namespace SupervisionBot.Anonymisation.Lexicon;

/// <summary>
/// Theorists and clinical eponyms that therapists write about all the time. They are not identifiers and
/// redacting them would make reflections unreadable ("[PERSON-1]'s holding environment").
/// </summary>
internal static class Eponyms
{
    public static WordList All { get; } = new(
        """
        asperger asperger's aspergers winnicott winnicottian bion bionian klein kleinian freud freudian jung jungian
        rogers rogerian beck bowlby kohut kohutian safran muran bordin hawkins shohet proctor gibbs egan yalom linehan
        ainsworth maslow erikson eriksonian piaget kübler-ross kubler-ross kübler kubler parkinson parkinson's
        alzheimer alzheimer's tourette tourette's crohn crohn's huntington huntington's hodgkin cushing addison
        raynaud korsakoff munchausen rollnick karpman berne perls satir minuchin fairbairn guntrip mahler fonagy
        bateman porges kabat-zinn gendlin mearns kolb schön inskipp wosket kadushin stoltenberg delworth lacan
        lacanian adler adlerian horney fromm casement gillick bowlbian skinner pavlov bandura seligman ellis
        oedipal oedipus electra socratic socrates gestalt pavlovian skinnerian darwinian machiavellian platonic
        cartesian kafkaesque orwellian sisyphean narcissus narcissistic freudian heimlich siegel polyvagal karpman
        """);

    /// <summary>Words after a capitalised name that show it is an eponym ("Down's syndrome", "Beck's model").</summary>
    public static WordList FollowingCues { get; } = new(
        """
        syndrome disease palsy model theory theories cycle triangle hierarchy stages framework law scale approach
        concept functions position positions principle principles competence guidelines criteria inventory
        """);
}
