/**
 * Measuring the build, on demand (never as a timed unit test): {@link press.reader.bench.Benchmark} times cold and
 * warm builds of the real manuscript and of {@link press.reader.bench.SyntheticManuscript}s 10 and 50 times its size;
 * {@link press.reader.bench.MeasuredBuild} runs one build in a child JVM and reports its peak heap.
 */
package press.reader.bench;
