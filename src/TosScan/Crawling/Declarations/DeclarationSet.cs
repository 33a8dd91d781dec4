namespace TosScan.Crawling.Declarations;

/// <summary>Declarations by service name (case-insensitive), also findable by file name.</summary>
internal sealed class DeclarationSet
{
    private readonly Dictionary<string, ServiceDeclaration> _byName = new(StringComparer.OrdinalIgnoreCase);

    public DeclarationSet(IEnumerable<ServiceDeclaration> declarations)
    {
        foreach (var declaration in declarations)
        {
            _byName.TryAdd(declaration.Name.Trim(), declaration);
            _byName.TryAdd(Path.GetFileNameWithoutExtension(declaration.FileName), declaration);
        }
    }

    public static DeclarationSet Empty { get; } = new([]);

    public ServiceDeclaration? Find(string providerName) =>
        _byName.TryGetValue(providerName.Trim(), out var declaration) ? declaration : null;
}
