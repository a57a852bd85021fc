global using OpenTrain.Browser.Tests.Support;
