using System.Collections.Immutable;
using System.Globalization;
using System.Reflection.Metadata;
using System.Reflection.Metadata.Ecma335;
using System.Reflection.PortableExecutable;

namespace OpenTrain.Build;

/// <summary>
/// size [--top N] [--rid RID] [--project CSPROJ] [--mstat FILE] [--namespace PREFIX]: what the Native AOT image is
/// made of. Publishes (into artifacts/size/, so the normal build is untouched) with &lt;IlcGenerateMstatFile&gt;, which
/// only this verb turns on, and prints Markdown tables: the binary, the compiler's node kinds, the largest assemblies,
/// the largest namespaces and the largest other blobs. --mstat reads an existing file instead of publishing;
/// --namespace lists the largest types of the namespaces starting with PREFIX (e.g. OpenTrain.Generated).
/// </summary>
/// <remarks>
/// The mstat file (format 2.x, written by ILCompiler's MstatObjectDumper) is an ECMA-335 assembly whose global
/// methods "Types", "Methods" and "Blobs" are IL streams: <c>ldtoken type; ldc.i4 size; ldc.i4 name</c>,
/// <c>ldtoken method; ldc.i4 size; ldc.i4 gcInfo; ldc.i4 ehInfo; ldc.i4 name</c> and <c>ldstr node; ldc.i4 size</c>.
/// A generic instantiation is counted with its definition (List&lt;Job&gt; under System.Collections.Generic).
/// Sizes are as compiled: type structures and statics are later dehydrated, so the figures add up to more than
/// the file; they rank contributors, they do not sum to the binary.
/// </remarks>
internal static class SizeReport
{
    public static int Run(string[] args)
    {
        var top = 25;
        var rid = Toolchain.HostRid;
        string project = "src/OpenTrain/OpenTrain.csproj", mstat = "", namespacePrefix = "", compare = "", forAssembly = "", match = "";
        for (var i = 0; i < args.Length; i++)
        {
            string Value() => i + 1 < args.Length ? args[++i] : throw new BuildException($"size: {args[i]} needs a value");
            switch (args[i])
            {
                case "--top": top = int.Parse(Value(), CultureInfo.InvariantCulture); break;
                case "--rid": rid = Value(); break;
                case "--project": project = Value(); break;
                case "--mstat": mstat = Value(); break;
                case "--namespace": namespacePrefix = Value(); break;
                case "--compare": compare = Value(); break;
                case "--for": forAssembly = Value(); break;
                case "--match": match = Value(); break;
                default: throw new BuildException($"size: unknown argument '{args[i]}' (--top N, --rid RID, --project CSPROJ, --mstat FILE, --namespace PREFIX, --for ASSEMBLY, --match TEXT, --compare MSTAT)");
            }
        }
        string? binary = null;
        if (mstat.Length == 0) (binary, mstat) = Publish(project, rid);
        else if (File.Exists(Path.ChangeExtension(mstat, null))) binary = Path.ChangeExtension(mstat, null);   // the binary the compiler wrote beside it
        var image = Mstat.Read(mstat);
        if (match.Length > 0)
        {
            // Every type structure and method whose exact name contains TEXT (e.g. "Nullable<System.Int64>").
            var types = image.Types.Where(t => t.Owner.Full.Contains(match, StringComparison.Ordinal)).ToList();
            var methods = image.Methods.Where(m => m.Full.Contains(match, StringComparison.Ordinal)).ToList();
            Console.WriteLine($"{match}: {types.Count:N0} type structures ({types.Sum(t => (long)t.Size):N0} bytes), {methods.Count:N0} method bodies " +
                $"({methods.Sum(m => (long)m.Size + m.GcInfoSize + m.EhInfoSize):N0} bytes with GC/EH info)");
            // The largest of them, so a jump in the count's bytes points at the one instantiation that grew.
            foreach (var (name, size) in types.Select(t => ("type " + t.Owner.Full, (long)t.Size))
                         .Concat(methods.Select(m => ("method " + m.Full, (long)m.Size + m.GcInfoSize + m.EhInfoSize)))
                         .OrderByDescending(e => e.Item2).Take(top))
                Console.WriteLine($"  {size,9:N0}  {name}");
            return 0;
        }
        Print(image, mstat, binary, top, namespacePrefix, forAssembly);
        if (compare.Length > 0) Compare(image, mstat, binary, compare, File.Exists(Path.ChangeExtension(compare, null)) ? Path.ChangeExtension(compare, null) : null, top);
        return 0;
    }

    /// <summary>A publish with the mstat file, into artifacts/size/&lt;name&gt;-&lt;rid&gt;/ (native intermediates there too).</summary>
    private static (string Binary, string Mstat) Publish(string project, string rid)
    {
        var name = Path.GetFileNameWithoutExtension(project).ToLowerInvariant();
        var root = Paths.Of($"artifacts/size/{name}-{rid}");
        var native = Path.Combine(root, "native") + Path.DirectorySeparatorChar;
        Shell.Run("dotnet", ["publish", project, "-c", "Release", "-r", rid, "-o", Path.Combine(root, "publish"), "-nologo", "-v:q",
            "-p:IlcGenerateMstatFile=true", $"-p:NativeIntermediateOutputPath={native}", $"-p:NativeOutputPath={native}",
            .. Toolchain.LinkerArguments(rid)], $"publish failed for {project} ({rid})");
        var mstat = Directory.GetFiles(native, "*.mstat").SingleOrDefault() ?? throw new BuildException($"no .mstat file in {native}");
        var binary = Path.Combine(native, Path.GetFileNameWithoutExtension(mstat) + (rid.StartsWith("win-", StringComparison.Ordinal) ? ".exe" : ""));
        return (binary, mstat);
    }

    private static void Print(Mstat image, string mstat, string? binary, int top, string namespacePrefix, string forAssembly)
    {
        var w = Console.Out;
        if (binary is not null && File.Exists(binary))
            w.WriteLine($"Binary: {Path.GetRelativePath(Paths.Root, binary)}: {new FileInfo(binary).Length:N0} bytes ({new FileInfo(binary).Length / 1048576.0:F2} MiB)");
        if (binary is not null && File.Exists(binary) && Elf.SectionSizes(binary) is { Count: > 0 } sections)
        {
            // .hydrated is written in full before Main (the runtime rehydrates the dehydrated type data into it): its
            // pages are the bulk of a command's minor page faults, whatever the command.
            w.WriteLine();
            w.WriteLine("| ELF section | bytes | |");
            w.WriteLine("|---|---:|---|");
            foreach (var (name, size, inFile) in sections.Where(s => s.Size >= 16 * 1024).OrderByDescending(s => s.Size))
                w.WriteLine($"| {name} | {size:N0} | {(name == ".hydrated" ? "written at start-up (rehydrated type data)" : inFile ? "" : "zero-filled")} |");
        }
        if (Hydrated.Of(mstat) is { } hydrated)
        {
            w.WriteLine();
            w.WriteLine("| written into .hydrated at start-up | bytes | 4 KiB pages | items |");
            w.WriteLine("|---|---:|---:|---:|");
            foreach (var kind in hydrated.GroupBy(h => Hydrated.Kind(h.Name)).OrderByDescending(g => g.Sum(h => h.Size)))
                w.WriteLine($"| {kind.Key} | {kind.Sum(h => h.Size):N0} | {kind.Sum(h => h.Size) / 4096.0:F0} | {kind.Count():N0} |");
            w.WriteLine();
            w.WriteLine("| largest string literals (symbol: the text's start) | bytes |");
            w.WriteLine("|---|---:|");
            foreach (var (name, size) in hydrated.Where(h => h.Name.StartsWith("__Str_", StringComparison.Ordinal)).OrderByDescending(h => h.Size).Take(Math.Min(top, 12)))
                w.WriteLine($"| `{name[6..Math.Min(name.Length, 46)]}` | {size:N0} |");
        }
        w.WriteLine();
        w.WriteLine($"mstat {image.Version}: {image.Methods.Count:N0} method bodies, {image.Types.Count:N0} type structures, {image.Blobs.Count:N0} other node kinds");
        w.WriteLine();

        var code = image.Methods.Sum(m => (long)m.Size);
        var gc = image.Methods.Sum(m => (long)m.GcInfoSize + m.EhInfoSize);
        var types = image.Types.Sum(t => (long)t.Size);
        w.WriteLine("| part of the image | bytes |");
        w.WriteLine("|---|---:|");
        w.WriteLine($"| method code | {code:N0} |");
        w.WriteLine($"| GC and EH info of the methods | {gc:N0} |");
        w.WriteLine($"| type structures (MethodTables) | {types:N0} |");
        foreach (var blob in image.Blobs.OrderByDescending(b => b.Size).Take(8))
            w.WriteLine($"| {blob.Name} | {blob.Size:N0} |");
        w.WriteLine($"| other node kinds ({Math.Max(0, image.Blobs.Count - 8)}) | {image.Blobs.OrderByDescending(b => b.Size).Skip(8).Sum(b => (long)b.Size):N0} |");
        w.WriteLine();

        var entries = image.Methods.Select(m => (m.Owner, Size: (long)m.Size + m.GcInfoSize + m.EhInfoSize, IsMethod: true))
            .Concat(image.Types.Select(t => (t.Owner, Size: (long)t.Size, IsMethod: false)))
            .ToList();
        Table(w, "assembly", entries.GroupBy(e => e.Owner.Assembly), top);
        Table(w, "instantiated for (assembly)", entries.GroupBy(e => e.Owner.For), top);
        Table(w, "namespace (assembly)", entries.GroupBy(e => $"{(e.Owner.Namespace.Length == 0 ? "(global)" : e.Owner.Namespace)} ({e.Owner.Assembly})"), top);
        if (namespacePrefix.Length > 0)
            Table(w, $"type under {namespacePrefix}", entries.Where(e => e.Owner.Namespace.StartsWith(namespacePrefix, StringComparison.Ordinal))
                .GroupBy(e => $"{e.Owner.Namespace}.{e.Owner.Name}"), top);
        if (forAssembly.Length > 0)
            Table(w, $"generic definition instantiated for {forAssembly}", entries.Where(e => e.Owner.For == forAssembly)
                .GroupBy(e => $"{e.Owner.Namespace}.{e.Owner.Name}"), top);
    }

    /// <summary>
    /// What this image has that the other (a floor app) has not, by namespace of the definition and by the assembly
    /// each piece is instantiated for: exact types and methods present in only one of them, sizes as compiled.
    /// </summary>
    private static void Compare(Mstat image, string mstat, string? binary, string otherMstat, string? otherBinary, int top)
    {
        var w = Console.Out;
        var other = Mstat.Read(otherMstat);
        static Dictionary<string, (Owner Owner, long Size, bool IsMethod)> Index(Mstat m)
        {
            var index = new Dictionary<string, (Owner, long, bool)>();
            foreach (var t in m.Types) index.TryAdd("T " + t.Owner.Full, (t.Owner, t.Size, false));
            foreach (var x in m.Methods) index.TryAdd("M " + x.Full, (x.Owner, (long)x.Size + x.GcInfoSize + x.EhInfoSize, true));
            return index;
        }
        var here = Index(image);
        var there = Index(other);
        if (binary is not null && otherBinary is not null)
        {
            var a = Elf.SectionSizes(binary).ToDictionary(s => s.Name, s => s.Size);
            var b = Elf.SectionSizes(otherBinary).ToDictionary(s => s.Name, s => s.Size);
            w.WriteLine($"Compared with {Path.GetFileName(otherBinary)}: file {new FileInfo(binary).Length:N0} vs {new FileInfo(otherBinary).Length:N0} bytes");
            w.WriteLine();
            w.WriteLine("| ELF section | this | the other | difference |");
            w.WriteLine("|---|---:|---:|---:|");
            foreach (var name in a.Keys.Where(n => a[n] >= 16 * 1024).OrderByDescending(n => a[n]))
                w.WriteLine($"| {name} | {a[name]:N0} | {b.GetValueOrDefault(name):N0} | {a[name] - b.GetValueOrDefault(name):+#,0;-#,0;0} |");
            w.WriteLine();
        }
        if (Hydrated.Of(mstat) is { } a1 && Hydrated.Of(otherMstat) is { } b1)
        {
            var theirs = b1.GroupBy(h => Hydrated.Kind(h.Name)).ToDictionary(g => g.Key, g => g.Sum(h => h.Size));
            var theirNames = b1.Select(h => h.Name).ToHashSet();
            w.WriteLine("| .hydrated | this | the other | difference | of which only in this image |");
            w.WriteLine("|---|---:|---:|---:|---:|");
            foreach (var kind in a1.GroupBy(h => Hydrated.Kind(h.Name)).OrderByDescending(g => g.Sum(h => h.Size)))
            {
                var mine = kind.Sum(h => h.Size);
                w.WriteLine($"| {kind.Key} | {mine:N0} | {theirs.GetValueOrDefault(kind.Key):N0} | {mine - theirs.GetValueOrDefault(kind.Key):+#,0;-#,0;0} | {kind.Where(h => !theirNames.Contains(h.Name)).Sum(h => h.Size):N0} |");
            }
            w.WriteLine();
        }
        var only = here.Where(e => !there.ContainsKey(e.Key)).Select(e => e.Value).ToList();
        var onlyThere = there.Where(e => !here.ContainsKey(e.Key)).Sum(e => e.Value.Size);
        w.WriteLine($"Only in this image: {only.Count(e => !e.IsMethod):N0} type structures ({only.Where(e => !e.IsMethod).Sum(e => e.Size):N0} bytes) and " +
            $"{only.Count(e => e.IsMethod):N0} method bodies ({only.Where(e => e.IsMethod).Sum(e => e.Size):N0} bytes); only in the other: {onlyThere:N0} bytes.");
        w.WriteLine();
        Table(w, "only here: instantiated for", only.GroupBy(e => e.Owner.For), top);
        Table(w, "only here: namespace (assembly)", only.GroupBy(e => $"{(e.Owner.Namespace.Length == 0 ? "(global)" : e.Owner.Namespace)} ({e.Owner.Assembly})"), top);
    }

    private static void Table(TextWriter w, string what, IEnumerable<IGrouping<string, (Owner Owner, long Size, bool IsMethod)>> groups, int top)
    {
        var rows = groups.Select(g => (Name: g.Key, Code: g.Where(e => e.IsMethod).Sum(e => e.Size), Methods: g.Count(e => e.IsMethod),
                Types: g.Where(e => !e.IsMethod).Sum(e => e.Size)))
            .OrderByDescending(r => r.Code + r.Types).ToList();
        var total = rows.Sum(r => r.Code + r.Types);
        w.WriteLine($"| {what} | methods | code + GC/EH info | type structures | total | share |");
        w.WriteLine("|---|---:|---:|---:|---:|---:|");
        foreach (var r in rows.Take(top))
            w.WriteLine($"| {r.Name} | {r.Methods:N0} | {r.Code:N0} | {r.Types:N0} | {r.Code + r.Types:N0} | {100.0 * (r.Code + r.Types) / total:F1} % |");
        if (rows.Count > top)
        {
            var rest = rows.Skip(top).ToList();
            w.WriteLine($"| {rest.Count} more | {rest.Sum(r => r.Methods):N0} | {rest.Sum(r => r.Code):N0} | {rest.Sum(r => r.Types):N0} | {rest.Sum(r => r.Code + r.Types):N0} | {100.0 * rest.Sum(r => r.Code + r.Types) / total:F1} % |");
        }
        w.WriteLine();
    }
}

/// <summary>Who a compiled method or type belongs to: the assembly and namespace of its (generic) definition.</summary>
/// <remarks>
/// <see cref="Full"/> names the exact type (with its type arguments) so two images can be compared;
/// <see cref="For"/> is the assembly of its first type argument from outside the framework (JsonConverter&lt;Job&gt; is
/// for OpenTrain.Generated), else its own: which of our code made the compiler build it.
/// </remarks>
internal sealed record Owner(string Assembly, string Namespace, string Name, string Full, string For)
{
    public static bool IsFramework(string assembly) =>
        assembly.StartsWith("System", StringComparison.Ordinal) || assembly.StartsWith("Microsoft.", StringComparison.Ordinal)
        || assembly.StartsWith("Polly", StringComparison.Ordinal) || assembly is "?" or "(mstat)";
}

internal sealed record MstatMethod(Owner Owner, string Full, int Size, int GcInfoSize, int EhInfoSize);

internal sealed record MstatType(Owner Owner, int Size);

internal sealed record MstatBlob(string Name, int Size);

/// <summary>The contents of an ILCompiler .mstat file (see <see cref="SizeReport"/>).</summary>
internal sealed class Mstat
{
    public required Version Version { get; init; }
    public List<MstatMethod> Methods { get; } = [];
    public List<MstatType> Types { get; } = [];
    public List<MstatBlob> Blobs { get; } = [];

    public static Mstat Read(string path)
    {
        using var pe = new PEReader(File.OpenRead(path));
        var md = pe.GetMetadataReader();
        var version = md.GetAssemblyDefinition().Version;
        if (version.Major < 2) throw new BuildException($"{path}: mstat format {version} is not supported (2.x expected)");
        var result = new Mstat { Version = version };
        var owners = new OwnerProvider(md);
        var global = md.GetTypeDefinition(MetadataTokens.TypeDefinitionHandle(1));
        foreach (var handle in global.GetMethods())
        {
            var method = md.GetMethodDefinition(handle);
            var il = pe.GetMethodBody(method.RelativeVirtualAddress).GetILReader();
            switch (md.GetString(method.Name))
            {
                case "Types":
                    while (il.RemainingBytes > 0)
                    {
                        var owner = owners.OfToken(Token(ref il, ILOpCode.Ldtoken));
                        var size = Int(ref il);
                        if (version.Major >= 2) Int(ref il);   // the mangled name's offset in .names
                        result.Types.Add(new MstatType(owner, size));
                    }
                    break;
                case "Methods":
                    while (il.RemainingBytes > 0)
                    {
                        var token = Token(ref il, ILOpCode.Ldtoken);
                        int size = Int(ref il), gc = Int(ref il), eh = Int(ref il);
                        if (version.Major >= 2) Int(ref il);
                        result.Methods.Add(new MstatMethod(owners.OfToken(token), owners.MethodName(token), size, gc, eh));
                    }
                    break;
                case "Blobs":
                    while (il.RemainingBytes > 0)
                    {
                        var name = md.GetUserString((UserStringHandle)MetadataTokens.Handle(Token(ref il, ILOpCode.Ldstr)));
                        result.Blobs.Add(new MstatBlob(name, Int(ref il)));
                    }
                    break;
            }
        }
        return result;
    }

    private static int Token(ref BlobReader il, ILOpCode expected)
    {
        var op = (ILOpCode)il.ReadByte();
        if (op != expected) throw new BuildException($"mstat: {expected} expected, found {op}");
        return il.ReadInt32();
    }

    /// <summary>One ldc.i4 in any of its encodings.</summary>
    private static int Int(ref BlobReader il)
    {
        var op = (ILOpCode)il.ReadByte();
        return op switch
        {
            ILOpCode.Ldc_i4 => il.ReadInt32(),
            ILOpCode.Ldc_i4_s => il.ReadSByte(),
            ILOpCode.Ldc_i4_m1 => -1,
            >= ILOpCode.Ldc_i4_0 and <= ILOpCode.Ldc_i4_8 => op - ILOpCode.Ldc_i4_0,
            _ => throw new BuildException($"mstat: ldc.i4 expected, found {op}"),
        };
    }

    /// <summary>Resolves type and method tokens of the mstat assembly to the definition's assembly and namespace.</summary>
    private sealed class OwnerProvider(MetadataReader md) : ISignatureTypeProvider<Owner, object?>
    {
        private static readonly Owner Unknown = new("?", "?", "?", "?", "?");
        private readonly Dictionary<int, Owner> cache = [];

        public Owner OfToken(int token)
        {
            if (cache.TryGetValue(token, out var known)) return known;
            var handle = MetadataTokens.EntityHandle(token);
            var owner = handle.Kind switch
            {
                HandleKind.TypeReference or HandleKind.TypeDefinition or HandleKind.TypeSpecification => OfType(handle),
                HandleKind.MemberReference => OfType(md.GetMemberReference((MemberReferenceHandle)handle).Parent),
                HandleKind.MethodSpecification => OfToken(MetadataTokens.GetToken(md.GetMethodSpecification((MethodSpecificationHandle)handle).Method)),
                HandleKind.MethodDefinition => OfType(md.GetMethodDefinition((MethodDefinitionHandle)handle).GetDeclaringType()),
                _ => Unknown,
            };
            cache[token] = owner;
            return owner;
        }

        private Owner OfType(EntityHandle handle) => handle.Kind switch
        {
            HandleKind.TypeReference => OfTypeReference((TypeReferenceHandle)handle),
            HandleKind.TypeDefinition => GetTypeFromDefinition(md, (TypeDefinitionHandle)handle, 0),
            HandleKind.TypeSpecification => md.GetTypeSpecification((TypeSpecificationHandle)handle).DecodeSignature(this, null),
            _ => Unknown,
        };

        private Owner OfTypeReference(TypeReferenceHandle handle)
        {
            var reference = md.GetTypeReference(handle);
            var name = md.GetString(reference.Name);
            // Nested types: the namespace and assembly are the outermost type's.
            while (reference.ResolutionScope.Kind == HandleKind.TypeReference)
            {
                reference = md.GetTypeReference((TypeReferenceHandle)reference.ResolutionScope);
                name = md.GetString(reference.Name) + "+" + name;
            }
            var assembly = reference.ResolutionScope.Kind == HandleKind.AssemblyReference
                ? md.GetString(md.GetAssemblyReference((AssemblyReferenceHandle)reference.ResolutionScope).Name)
                : "?";
            var ns = md.GetString(reference.Namespace);
            return new Owner(assembly, ns, name, ns.Length == 0 ? name : $"{ns}.{name}", assembly);
        }

        public Owner GetTypeFromReference(MetadataReader reader, TypeReferenceHandle handle, byte rawTypeKind) => OfTypeReference(handle);

        public Owner GetTypeFromDefinition(MetadataReader reader, TypeDefinitionHandle handle, byte rawTypeKind)
        {
            var definition = reader.GetTypeDefinition(handle);
            var ns = reader.GetString(definition.Namespace);
            var name = reader.GetString(definition.Name);
            return new Owner("(mstat)", ns, name, $"{ns}.{name}", "(mstat)");
        }

        public Owner GetTypeFromSpecification(MetadataReader reader, object? context, TypeSpecificationHandle handle, byte rawTypeKind) =>
            reader.GetTypeSpecification(handle).DecodeSignature(this, context);

        /// <summary>Type.Method&lt;args&gt; of a method token, for comparing images.</summary>
        public string MethodName(int token)
        {
            var handle = MetadataTokens.EntityHandle(token);
            switch (handle.Kind)
            {
                case HandleKind.MemberReference:
                    var reference = md.GetMemberReference((MemberReferenceHandle)handle);
                    var parameters = reference.GetKind() == MemberReferenceKind.Method
                        ? string.Join(",", reference.DecodeMethodSignature(this, null).ParameterTypes.Select(p => p.Full))
                        : "";
                    return $"{OfType(reference.Parent).Full}::{md.GetString(reference.Name)}({parameters})";
                case HandleKind.MethodSpecification:
                    var spec = md.GetMethodSpecification((MethodSpecificationHandle)handle);
                    return $"{MethodName(MetadataTokens.GetToken(spec.Method))}<{string.Join(",", spec.DecodeSignature(this, null).Select(a => a.Full))}>";
                default:
                    return OfToken(token).Full + "::?";
            }
        }

        public Owner GetGenericInstantiation(Owner genericType, ImmutableArray<Owner> typeArguments) => genericType with
        {
            Full = $"{genericType.Full}<{string.Join(",", typeArguments.Select(a => a.Full))}>",
            For = Owner.IsFramework(genericType.For) ? typeArguments.Select(a => a.For).FirstOrDefault(a => !Owner.IsFramework(a)) ?? genericType.For : genericType.For,
        };
        public Owner GetArrayType(Owner elementType, ArrayShape shape) => elementType with { Full = elementType.Full + "[,]" };
        public Owner GetSZArrayType(Owner elementType) => elementType with { Full = elementType.Full + "[]" };
        public Owner GetByReferenceType(Owner elementType) => elementType with { Full = elementType.Full + "&" };
        public Owner GetPointerType(Owner elementType) => elementType with { Full = elementType.Full + "*" };
        public Owner GetPinnedType(Owner elementType) => elementType;
        public Owner GetModifiedType(Owner modifier, Owner unmodifiedType, bool isRequired) => unmodifiedType;
        public Owner GetPrimitiveType(PrimitiveTypeCode typeCode) => new("System.Private.CoreLib", "System", typeCode.ToString(), "System." + typeCode, "System.Private.CoreLib");
        public Owner GetFunctionPointerType(MethodSignature<Owner> signature) => new("System.Private.CoreLib", "System", "fnptr", "fnptr", "System.Private.CoreLib");
        public Owner GetGenericMethodParameter(object? context, int index) => Unknown with { Full = $"!!{index}" };
        public Owner GetGenericTypeParameter(object? context, int index) => Unknown with { Full = $"!{index}" };
    }
}

/// <summary>Just enough ELF64 reading for the size report: section sizes, and the symbols of the compiler's object file.</summary>
internal static class Elf
{
    private const int NoBits = 8, SymbolTable = 2;

    private sealed record Section(string Name, int Type, long Offset, long Size, int Link);

    private static List<Section>? Sections(byte[] bytes)
    {
        if (bytes.Length < 64 || bytes[0] != 0x7f || bytes[1] != (byte)'E' || bytes[2] != (byte)'L' || bytes[3] != (byte)'F' || bytes[4] != 2)
            return null;
        var headers = (int)BitConverter.ToInt64(bytes, 0x28);
        int entrySize = BitConverter.ToUInt16(bytes, 0x3A), count = BitConverter.ToUInt16(bytes, 0x3C), namesIndex = BitConverter.ToUInt16(bytes, 0x3E);
        var names = BitConverter.ToInt64(bytes, headers + namesIndex * entrySize + 0x18);
        var result = new List<Section>();
        for (var i = 0; i < count; i++)
        {
            var h = headers + i * entrySize;
            result.Add(new Section(CString(bytes, (int)(names + BitConverter.ToUInt32(bytes, h))), BitConverter.ToInt32(bytes, h + 4),
                BitConverter.ToInt64(bytes, h + 0x18), BitConverter.ToInt64(bytes, h + 0x20), BitConverter.ToInt32(bytes, h + 0x28)));
        }
        return result;
    }

    private static string CString(byte[] bytes, int at) => System.Text.Encoding.ASCII.GetString(bytes, at, Array.IndexOf(bytes, (byte)0, at) - at);

    /// <summary>Name, size in memory, and whether the file holds its bytes (false for .bss-like sections); empty when not ELF64.</summary>
    public static List<(string Name, long Size, bool InFile)> SectionSizes(string path) =>
        Sections(File.ReadAllBytes(path))?.Skip(1).Select(s => (s.Name, s.Size, s.Type != NoBits)).ToList() ?? [];

    /// <summary>
    /// The symbols an object file defines in one section, each with the bytes up to the next one (the compiler's
    /// symbols have no size of their own); null when the file or the section is not there.
    /// </summary>
    public static List<(string Name, long Size)>? SymbolsIn(string objectFile, string sectionName)
    {
        if (!File.Exists(objectFile)) return null;
        var bytes = File.ReadAllBytes(objectFile);
        if (Sections(bytes) is not { } sections) return null;
        var target = sections.FindIndex(s => s.Name == sectionName);
        var symtab = sections.Find(s => s.Type == SymbolTable);
        if (target < 0 || symtab is null) return null;
        var strings = sections[symtab.Link].Offset;
        var found = new List<(long Value, string Name)>();
        for (var at = symtab.Offset; at + 24 <= symtab.Offset + symtab.Size; at += 24)
        {
            if (BitConverter.ToUInt16(bytes, (int)at + 6) != target) continue;
            var name = CString(bytes, (int)(strings + BitConverter.ToUInt32(bytes, (int)at)));
            if (name.Length > 0 && !name.StartsWith('.')) found.Add((BitConverter.ToInt64(bytes, (int)at + 8), name));
        }
        found.Sort();
        var end = sections[target].Size;
        return found.Select((f, i) => (f.Name, (i + 1 < found.Count ? found[i + 1].Value : end) - f.Value)).Where(f => f.Item2 > 0).ToList();
    }
}

/// <summary>What the runtime writes into .hydrated before Main, by kind, from the compiler's symbols.</summary>
internal static class Hydrated
{
    public static string Kind(string symbol) => symbol switch
    {
        _ when symbol.StartsWith("_ZTV", StringComparison.Ordinal) => "type structures (MethodTables)",
        _ when symbol.StartsWith("__GenericDict", StringComparison.Ordinal) => "generic dictionaries",
        _ when symbol.StartsWith("__Str_", StringComparison.Ordinal) => "string literals (frozen strings)",
        _ when symbol.StartsWith("__FrozenObj_", StringComparison.Ordinal) => "other preinitialized objects",
        _ when symbol.StartsWith("__InterfaceDispatch", StringComparison.Ordinal) => "interface dispatch maps",
        _ when symbol.StartsWith("__NONGCSTATICS", StringComparison.Ordinal) => "non-GC statics",
        _ when symbol.StartsWith("__fat", StringComparison.Ordinal) => "fat function pointers",
        _ => "other",
    };

    public static List<(string Name, long Size)>? Of(string mstat) => Elf.SymbolsIn(Path.ChangeExtension(mstat, ".o"), ".hydrated");
}
