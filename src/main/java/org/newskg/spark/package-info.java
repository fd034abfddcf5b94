/**
 * newskg on Apache Spark: {@link org.newskg.spark.SparkIngestJob} reads articles from JSON Lines, Parquet or WARC
 * web archives (any path Spark reads: local, HDFS, S3), runs the same pipeline stages as {@code newskg ingest} (NLP,
 * extraction, RDF mapping) with one NLP engine per executor JVM, and writes N-Quads, one named graph per article,
 * for {@code newskg load --nquads}. Spark is a {@code provided} dependency: the cluster supplies it.
 */
package org.newskg.spark;
