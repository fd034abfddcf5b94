package org.newskg.push;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * A real standalone Fuseki server ({@code jena-fuseki-server} jar, which Maven copies into {@code target/fuseki}) run
 * as its own process on a free loopback port with one in-memory, updatable dataset {@code /ds}; optionally behind
 * basic authentication with a password file. {@link #close()} stops it; a JVM shutdown hook stops it too if the test
 * JVM ends first, so no server outlives the build.
 */
final class FusekiProcess implements AutoCloseable {
    static final String DATASET = "ds";
    private static final Duration START_TIMEOUT = Duration.ofSeconds(90);

    private final Process process;
    private final Path log;
    private final int port;
    private final Thread hook;

    private FusekiProcess(Process process, Path log, int port) {
        this.process = process;
        this.log = log;
        this.port = port;
        this.hook = new Thread(process::destroyForcibly, "fuseki-process-cleanup");
        Runtime.getRuntime().addShutdownHook(hook);
    }

    /** The server jar: system property {@code fuseki.server.jar} (set by failsafe), else the copy in target/. */
    static Path serverJar() {
        Path jar = Path.of(System.getProperty("fuseki.server.jar", "target/fuseki/jena-fuseki-server.jar"));
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar + " is missing; run 'mvn process-test-resources' (it copies "
                    + "org.apache.jena:jena-fuseki-server there).");
        }
        return jar;
    }

    /** Starts a server working in {@code dir} and waits until it answers; with a password file, basic auth. */
    static FusekiProcess start(Path dir, Optional<Path> passwordFile) throws IOException {
        int port = freePort();
        Files.createDirectories(dir);
        Path log = dir.resolve("fuseki.log");
        List<String> command = new ArrayList<>(List.of(javaExecutable(), "-Xmx256m", "-jar",
                serverJar().toAbsolutePath().toString(), "--localhost", "--port=" + port));
        passwordFile.ifPresent(file -> command.addAll(List.of("--passwd=" + file.toAbsolutePath(), "--auth=basic")));
        command.addAll(List.of("--mem", "--update", "/" + DATASET));
        ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile());
        builder.environment().put("FUSEKI_BASE", dir.resolve("run").toAbsolutePath().toString());
        FusekiProcess fuseki = new FusekiProcess(builder.start(), log, port);
        try {
            fuseki.awaitReady();
        } catch (RuntimeException | IOException e) {
            fuseki.close();
            throw e;
        }
        return fuseki;
    }

    int port() {
        return port;
    }

    /** The dataset URL, which takes Graph Store Protocol requests and SPARQL queries. */
    String datasetUrl() {
        return "http://localhost:" + port + "/" + DATASET;
    }

    String log() {
        try {
            return Files.readString(log);
        } catch (IOException e) {
            return "(no log: " + e + ")";
        }
    }

    private void awaitReady() throws IOException {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest ping = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/$/ping"))
                .timeout(Duration.ofSeconds(2)).build();
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Fuseki exited with " + process.exitValue() + ":\n" + log());
            }
            try {
                // Any HTTP answer (200, or 401 behind authentication) means the server is up.
                http.send(ping, HttpResponse.BodyHandlers.discarding());
                return;
            } catch (IOException notYet) {
                sleep();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new IllegalStateException("Fuseki did not answer on port " + port + " within " + START_TIMEOUT + ":\n"
                + log());
    }

    /** Stops the server and waits for the process to end; idempotent. */
    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException shuttingDown) {
            // The hook runs anyway.
        }
    }

    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String javaExecutable() {
        return ProcessHandle.current().info().command().orElse("java");
    }

    private static void sleep() {
        try {
            Thread.sleep(200);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
