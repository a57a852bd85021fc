namespace OpenTrain.Http;

/// <summary>One attempt (headers and body) ran past <see cref="OpenTrainClientOptions.AttemptTimeout"/>.</summary>
internal sealed class AttemptTimeoutException() : TimeoutException("the attempt ran past its deadline");
