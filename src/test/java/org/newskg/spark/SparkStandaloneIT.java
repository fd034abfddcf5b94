package org.newskg.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerExecutorAdded;
import org.apache.spark.scheduler.SparkListenerTaskEnd;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.article.Article;
import org.newskg.article.ArticleSource;
import org.newskg.article.ReadOptions;
import org.newskg.article.reader.ArticlePages;
import org.newskg.article.reader.WgetCapture;
import org.newskg.cli.Main;
import org.newskg.it.ArticleGraphs;
import org.newskg.rdf.IriMinter;

/**
 * The Spark job on a real standalone cluster: a master and one worker (2 cores) started as their own JVMs from the
 * Spark jars Maven resolved ({@link SparkDistribution}), the job submitted in client mode from this JVM with
 * newskg's jar and its dependencies shipped as {@code spark.jars} (the executor's own class path holds only Spark),
 * and the executor JVM loading CoreNLP to read the development articles (JSON Lines) and a WARC recorded by wget.
 * The N-Quads, loaded with {@code newskg load}, are isomorphic graph by graph to {@code newskg ingest} of the same
 * files, which runs here only after the cluster stopped, so one JVM at a time holds the models.
 */
@Tag("corenlp")
@Tag("spark")
class SparkStandaloneIT {
    private static final Path DEV = Path.of("..", "shared", "dev", "articles");
    private static final Path TARGET = Path.of("target");
    private static final String EXECUTOR_MEMORY = "5g";
    private static final String XML_INPUT = "-Djavax.xml.stream.XMLInputFactory="
            + "com.sun.xml.internal.stream.XMLInputFactoryImpl";
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path temp;
    static final List<Process> cluster = new ArrayList<>();
    static List<Article> dev;
    static Path devJsonl;
    static Path warc;
    static Path out;
    static JobSummary summary;
    static Timings timings;
    static long executorPeakKb;
    static String ingestOut;

    @BeforeAll
    static void runOnTheCluster() throws Exception {
        assumeTrue(WgetCapture.wgetAvailable(), "wget is not installed (Debian package wget)");
        Path in = Files.createDirectories(temp.resolve("in"));
        dev = ArticleSource.files().readAll(List.of(DEV), ReadOptions.defaults());
        devJsonl = in.resolve("dev.jsonl");
        ArticlePages.writeJsonLines(dev, article -> article.url().orElseThrow(), devJsonl);
        WgetCapture capture = WgetCapture.create();
        for (int i = 0; i < 3; i++) {
            capture.page("http://archive.example/dev/" + i, 200, "text/html", ArticlePages.page(dev.get(i)));
        }
        capture.page("http://archive.example/logo.png", 200, "image/png", "no picture")
                .page("http://archive.example/menu", 200, "text/html", "<html><head><title>Menu</title></head>"
                        + "<body><nav><p>Home</p></nav></body></html>");
        warc = capture.record(in, "archive", true);

        String master = startCluster();
        out = temp.resolve("spark-out");
        timings = new Timings(System.nanoTime());
        SparkSession spark = SparkSession.builder().master(master).appName("newskg standalone IT")
                .config("spark.jars", String.join(",", applicationJars()))
                .config("spark.executor.memory", EXECUTOR_MEMORY).config("spark.executor.cores", "2")
                .config("spark.cores.max", "2")
                .config("spark.executor.extraJavaOptions", XML_INPUT)
                .config("spark.driver.host", "127.0.0.1").config("spark.driver.bindAddress", "127.0.0.1")
                .config("spark.ui.enabled", "false").getOrCreate();
        spark.sparkContext().addSparkListener(timings);
        try {
            summary = SparkIngestJob.run(spark, new JobSettings(List.of(devJsonl.toString(), warc.toString()),
                    Optional.empty(), out.toString(), IriMinter.DEFAULT_BASE, Optional.of(4), Optional.empty()));
            timings.end = System.nanoTime();
            executorPeakKb = executorPeakRssKb();
        } finally {
            spark.stop();
            stopCluster();
        }
        System.out.printf("standalone cluster (1 worker, 2 cores): %s; executor up %.1f s, first task end per stage "
                + "%s, job %.1f s; %.1f articles/min; executor peak RSS %d MB%n", summary.line(),
                timings.seconds(timings.executorAdded), timings.firstTaskEnds(), timings.seconds(timings.end),
                summary.articles() * 60.0 / timings.seconds(timings.end), executorPeakKb / 1024);
        ingestOut = cli(3, "ingest", "--db", temp.resolve("ingested").toString(), "--threads", "2",
                devJsonl.toString(), warc.toString());
        System.out.print("newskg ingest --threads 2: " + ingestOut);
    }

    @AfterAll
    static void stopCluster() {
        cluster.forEach(process -> {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
        });
        cluster.clear();
    }

    @Test
    void theExecutorReadTheArticlesAndTheWarcAndRecordedItsBadRecord() {
        assertThat(summary.articles()).isEqualTo(dev.size() + 3);
        assertThat(summary.failures()).singleElement().satisfies(failure -> {
            assertThat(failure.source()).contains("archive.warc.gz");
            assertThat(failure.reason()).matches(".*archive\\.warc\\.gz \\[offset \\d+\\]: no article text: .*");
        });
        assertThat(ingestOut).startsWith("Ingested " + (dev.size() + 3) + " articles, " + summary.triples()
                + " triples");
    }

    @Test
    void loadedIntoTdb2EveryGraphIsIsomorphicToWhatIngestWrote() {
        Path loaded = temp.resolve("loaded");
        assertThat(cli(0, "load", "--nquads", out.toString(), "--db", loaded.toString()))
                .startsWith("Loaded " + (dev.size() + 3) + " articles, " + summary.triples() + " triples from ");
        ArticleGraphs.assertSameArticles(temp.resolve("ingested"), loaded, dev.size() + 3);
    }

    @Test
    void theExecutorFitsItsMemory() {
        assertThat(executorPeakKb).as("executor peak RSS in kB").isPositive().isLessThan(7L * 1024 * 1024);
    }

    /** Starts the master and the worker, and waits until the worker has registered; returns the master's URL. */
    private static String startCluster() throws Exception {
        Path home = temp.resolve("spark-home");
        assertThat(SparkDistribution.create(home, TARGET.resolve("dependency-tree.txt")))
                .as("Spark's jars on this class path").hasSizeGreaterThan(50)
                .noneMatch(jar -> jar.getFileName().toString().startsWith("stanford-corenlp"));
        int port = freePort();
        int webUi = freePort();
        String classPath = home.resolve("jars") + "/*";
        cluster.add(start(home, "master", classPath, "org.apache.spark.deploy.master.Master", "--host", "127.0.0.1",
                "--port", String.valueOf(port), "--webui-port", String.valueOf(webUi)));
        String master = "spark://127.0.0.1:" + port;
        cluster.add(start(home, "worker", classPath, "org.apache.spark.deploy.worker.Worker", "--host", "127.0.0.1",
                "--cores", "2", "--memory", "6g", "--webui-port", "0",
                "--work-dir", temp.resolve("work").toString(), master));
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
        while (aliveWorkers(webUi) < 1) {
            assertThat(System.nanoTime()).as("the worker registers within 2 minutes; see " + home).isLessThan(deadline);
            Thread.sleep(500);
        }
        return master;
    }

    private static Process start(Path home, String name, String classPath, String mainClass, String... args)
            throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-Xmx256m", "-cp", classPath));
        command.addAll(moduleOptions());
        command.add(mainClass);
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(home.resolve(name + ".log").toFile());
        builder.environment().put("SPARK_HOME", home.toString());
        builder.environment().put("SPARK_SCALA_VERSION", "2.13");
        return builder.start();
    }

    private static int aliveWorkers(int webUi) {
        try {
            JsonNode status = JSON.readTree(URI.create("http://127.0.0.1:" + webUi + "/json/").toURL());
            return status.path("aliveworkers").asInt(0);
        } catch (IOException e) {
            return 0;
        }
    }

    /**
     * What spark-submit adds on Java 17, as the pom gives it to this JVM, for the master and the worker (the worker
     * adds them to the executors' command itself).
     */
    private static List<String> moduleOptions() {
        return ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
                .filter(option -> option.startsWith("--add-") || option.startsWith("-XX:+IgnoreUnrecognized")
                        || option.startsWith("-Djdk.reflect") || option.startsWith("-Dio.netty"))
                .toList();
    }

    /** newskg's jar and its dependencies, as the README ships them with --jars. */
    private static List<String> applicationJars() throws IOException {
        Path jar = TARGET.resolve("newskg.jar");
        assertThat(jar).as("mvn package builds it before the integration tests").exists();
        List<String> jars = new ArrayList<>(List.of(jar.toAbsolutePath().toUri().toString()));
        try (Stream<Path> lib = Files.list(TARGET.resolve("lib"))) {
            lib.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".jar")).sorted()
                    .filter(n -> !n.startsWith("slf4j-simple") && !n.startsWith("jakarta.servlet-api"))
                    .forEach(n -> jars.add(TARGET.resolve("lib").resolve(n).toAbsolutePath().toUri().toString()));
        }
        return jars;
    }

    /** The peak resident memory of the executor JVM, the worker's child, from {@code /proc}. */
    private static long executorPeakRssKb() throws IOException {
        Optional<ProcessHandle> executor = cluster.get(1).descendants()
                .filter(p -> p.info().commandLine().orElse("").contains("CoarseGrainedExecutorBackend")).findFirst();
        if (executor.isEmpty()) {
            return -1;
        }
        for (String line : Files.readAllLines(Path.of("/proc", String.valueOf(executor.get().pid()), "status"))) {
            if (line.startsWith("VmHWM:")) {
                return Long.parseLong(line.replaceAll("\\D", ""));
            }
        }
        return -1;
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    private static String cli(int expectedCode, String... args) {
        StringWriter output = new StringWriter();
        StringWriter errors = new StringWriter();
        int code = Main.run(new PrintWriter(output, true), new PrintWriter(errors, true), args);
        assertThat(code).as("newskg %s: %s", String.join(" ", args), errors).isEqualTo(expectedCode);
        return output.toString();
    }

    /** When the executor came up and the first task of each stage ended, from the session's start. */
    private static final class Timings extends SparkListener {
        final long start;
        final Map<Integer, Long> firstTaskEnd = new ConcurrentSkipListMap<>();
        volatile long executorAdded;
        volatile long end;

        Timings(long start) {
            this.start = start;
        }

        @Override
        public void onExecutorAdded(SparkListenerExecutorAdded added) {
            if (executorAdded == 0) {
                executorAdded = System.nanoTime();
            }
        }

        @Override
        public void onTaskEnd(SparkListenerTaskEnd taskEnd) {
            firstTaskEnd.putIfAbsent(taskEnd.stageId(), System.nanoTime());
        }

        String firstTaskEnds() {
            StringBuilder text = new StringBuilder();
            firstTaskEnd.forEach((stage, at) -> text.append(String.format(" %d:%.1fs", stage, seconds(at))));
            return "{" + text.toString().strip() + "}";
        }

        double seconds(long at) {
            return at == 0 ? Double.NaN : Duration.ofNanos(at - start).toMillis() / 1000.0;
        }
    }
}
