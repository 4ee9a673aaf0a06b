using Newtonsoft.Json.Serialization;

namespace SupervisionBot.Bot.Storage;

/// <summary>
/// Bot Builder state is stored with Newtonsoft's type names (as the SDK's own storages do), so
/// that ConversationState and UserState come back as the types that were saved. Type names read
/// from storage decide which types get constructed, so this binder only lets through types the
/// bot owns: SupervisionBot and Bot Framework assemblies, generic collections, JSON tokens and
/// plain values. Anything else fails when written, not months later when read.
/// </summary>
internal sealed class StateTypeBinder : ISerializationBinder
{
    private static readonly DefaultSerializationBinder Inner = new();

    private static readonly HashSet<string> TrustedNamespaces = new(StringComparer.Ordinal)
    {
        "System.Collections.Generic",
        "System.Collections.ObjectModel",
        "System.Collections.Immutable",
        "Newtonsoft.Json.Linq",
    };

    private static readonly HashSet<Type> TrustedValueTypes =
    [
        typeof(string), typeof(decimal), typeof(DateTime), typeof(DateTimeOffset), typeof(DateOnly),
        typeof(TimeOnly), typeof(TimeSpan), typeof(Guid), typeof(Uri), typeof(object), typeof(Nullable<>),
    ];

    public Type BindToType(string? assemblyName, string typeName)
    {
        var type = Inner.BindToType(assemblyName, typeName);
        return IsTrusted(type) ? type : throw Untrusted(type);
    }

    public void BindToName(Type serializedType, out string? assemblyName, out string? typeName)
    {
        ArgumentNullException.ThrowIfNull(serializedType);
        if (!IsTrusted(serializedType))
        {
            throw Untrusted(serializedType);
        }

        Inner.BindToName(serializedType, out assemblyName, out typeName);
    }

    internal static bool IsTrusted(Type type)
    {
        if (type.HasElementType)
        {
            return IsTrusted(type.GetElementType()!);
        }

        if (type.IsConstructedGenericType)
        {
            return IsTrusted(type.GetGenericTypeDefinition()) && type.GetGenericArguments().All(IsTrusted);
        }

        var assembly = type.Assembly.GetName().Name ?? string.Empty;
        return assembly.StartsWith("SupervisionBot.", StringComparison.Ordinal)
            || assembly.StartsWith("Microsoft.Bot.", StringComparison.Ordinal)
            || (type.Namespace is { } ns && TrustedNamespaces.Contains(ns))
            || type.IsPrimitive
            || TrustedValueTypes.Contains(type);
    }

    private static InvalidOperationException Untrusted(Type type) =>
        new($"Type '{type.FullName}' may not be stored in bot state: only SupervisionBot and Bot Framework types, " +
            "generic collections, JSON tokens and plain values are allowed.");
}
