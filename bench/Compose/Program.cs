using BenchmarkDotNet.Running;
using HostPool.Compose.Benchmarks;

BenchmarkSwitcher.FromAssembly(typeof(LoadBenchmarks).Assembly).Run(args);
