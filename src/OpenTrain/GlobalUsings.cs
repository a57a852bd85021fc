// Namespaces nearly every command file needs. OpenTrain.Cli is deliberately not here: Http/ and
// Config/ must not depend on it, so files that use it say so.
global using ConsoleAppFramework;
global using OpenTrain.Generated.Contracts;
global using OpenTrain.Operations;
