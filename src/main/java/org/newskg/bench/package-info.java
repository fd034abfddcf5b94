/**
 * Measuring for {@code newskg bench}: how fast ingesting is and where the time and memory go.
 *
 * <p>{@link org.newskg.bench.Benchmark} loads the NLP engine once, warms up, then ingests a
 * {@link org.newskg.bench.BenchCorpus} (a few articles repeated, every copy its own graph) through the unchanged
 * {@code IngestPipeline} into a fresh TDB2 store per thread count. It times each article by wrapping the extractor
 * and the store, and reads the heap, CPU and GC counters of the JVM around each run. The result is a
 * {@link org.newskg.bench.BenchReport} of {@link org.newskg.bench.BenchRun}s, and
 * {@link org.newskg.bench.ReportFormat} prints it as text or markdown. The statistics
 * ({@link org.newskg.bench.LatencyStats}, the rates on {@code BenchRun}) need no NLP and are unit-tested alone.
 *
 * <p>Figures and how to read them: {@code docs/benchmarks.md}.
 */
package org.newskg.bench;
