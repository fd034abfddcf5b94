package org.newskg.spark;

import java.io.PrintWriter;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.apache.spark.sql.SparkSession;
import org.newskg.cli.DateTimeConverter;
import org.newskg.rdf.IriMinter;
import org.newskg.sys.NewsKgException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The options of {@link SparkIngestJob#main}, as {@code spark-submit ... newskg.jar ARGS} passes them. */
@Command(name = "org.newskg.spark.SparkIngestJob", mixinStandardHelpOptions = true,
        description = {"Extracts the knowledge graph of articles in JSON Lines, Parquet or WARC on Spark and writes it "
                + "as N-Quads, one named graph per article, for 'newskg load --nquads'.", ""},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:every article written", "2:bad options or input, or no article could be written",
            "3:finished, but some records failed (see _summary.json)"})
final class SparkIngestCommand implements Callable<Integer> {
    @Parameters(paramLabel = "INPUT", arity = "1..*",
            description = "Files, folders or globs Spark reads (file:, hdfs://, s3a://).")
    private List<String> inputs;

    @Option(names = "--out", paramLabel = "DIR", required = true,
            description = "Output folder for part-*.nq and _summary.json; must not exist.")
    private String output;

    @Option(names = "--format", paramLabel = "json|parquet|warc",
            description = "Format of every input (default: by each input's name: parquet for .parquet, warc for "
                    + ".warc and .warc.gz, else json).")
    private JobSettings.InputFormat format;

    @Option(names = "--base", paramLabel = "IRI", defaultValue = IriMinter.DEFAULT_BASE,
            description = "Base IRI, as 'newskg ingest --base' (default: ${DEFAULT-VALUE}).")
    private String base;

    @Option(names = "--partitions", paramLabel = "N",
            description = "Spread the articles over N partitions (default: as the input is split).")
    private Integer partitions;

    @Option(names = "--published", paramLabel = "DATE-TIME", converter = DateTimeConverter.class,
            description = "Publication time for records that give none, e.g. 2019-11-07.")
    private OffsetDateTime published;

    @Option(names = "--master", paramLabel = "URL",
            description = "Spark master when run without spark-submit, e.g. local[2].")
    private String master;

    static int execute(String... args) {
        CommandLine commandLine = new CommandLine(new SparkIngestCommand()).setCaseInsensitiveEnumValuesAllowed(true);
        commandLine.setExecutionExceptionHandler((exception, line, parsed) -> {
            line.getErr().println("newskg spark: error: " + (exception instanceof NewsKgException
                    ? exception.getMessage() : exception.toString()));
            return exception instanceof NewsKgException ? 2 : 1;
        });
        return commandLine.execute(args);
    }

    @Override
    public Integer call() {
        if (partitions != null && partitions < 1) {
            throw new SparkJobException("--partitions must be at least 1 but was " + partitions + ".", null);
        }
        JobSettings settings = new JobSettings(inputs, Optional.ofNullable(format), output, base,
                Optional.ofNullable(partitions), Optional.ofNullable(published));
        SparkSession.Builder builder = SparkSession.builder().appName("newskg ingest");
        if (master != null) {
            builder.master(master);
        }
        SparkSession spark = builder.getOrCreate();
        JobSummary summary;
        try {
            summary = SparkIngestJob.run(spark, settings);
        } finally {
            spark.stop();
        }
        PrintWriter out = new PrintWriter(System.out, true);
        out.println("Wrote " + summary.line() + " to " + output + ".");
        summary.failures().stream().limit(20).forEach(f -> out.println("failed: " + f.source() + ": " + f.reason()));
        if (summary.failures().isEmpty()) {
            return 0;
        }
        return summary.articles() == 0 ? 2 : 3;
    }
}
