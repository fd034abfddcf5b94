package org.newskg.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs a program the export tests check the files with: Graphviz {@code dot} and Python with networkx (Debian
 * packages graphviz and python3-networkx, installed by {@code .ci/run}).
 *
 * @param exitCode the program's exit code
 * @param out      what it printed on stdout
 * @param err      what it printed on stderr
 */
record ExternalTool(int exitCode, String out, String err) {

    static ExternalTool run(List<String> command) throws IOException, InterruptedException {
        Path err = Files.createTempFile("newskg-tool-", ".err");
        try {
            Process process = new ProcessBuilder(command).redirectError(err.toFile()).start();
            String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("%s finished", command).isTrue();
            return new ExternalTool(process.exitValue(), out, Files.readString(err));
        } catch (IOException e) {
            throw new AssertionError(command.get(0) + " cannot be run (" + e.getMessage() + "); install the Debian "
                    + "packages graphviz and python3-networkx as .ci/run does", e);
        } finally {
            Files.deleteIfExists(err);
        }
    }

    /** Runs a Python script with networkx: the system Python, where Debian installs python3-networkx. */
    static ExternalTool python(String script, Object... args) throws IOException, InterruptedException {
        String python = Files.isExecutable(Path.of("/usr/bin/python3")) ? "/usr/bin/python3" : "python3";
        List<String> command = new ArrayList<>(List.of(python, "-c", script));
        for (Object arg : args) {
            command.add(String.valueOf(arg));
        }
        return run(command);
    }

    List<String> lines() {
        return out.lines().toList();
    }
}
