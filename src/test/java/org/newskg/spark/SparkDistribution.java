package org.newskg.spark;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Spark installation made of the jars Maven resolved for the build: {@code SPARK_HOME/jars} holds
 * {@code spark-sql_2.13} and everything it depends on (read off {@code target/dependency-tree.txt}, the verbose tree
 * the pom writes, following the duplicates Maven lists once), as the {@code jars/} folder of a Spark download does,
 * plus {@code slf4j-simple} as its logging (the pom leaves out Spark's log4j binding). Nothing of newskg's own is in
 * it: no CoreNLP, Jena or jwarc, which the job must ship.
 */
final class SparkDistribution {
    private static final String SPARK = "org.apache.spark:spark-sql_2.13";
    private static final Pattern NODE = Pattern.compile("^([| ]*)[+\\\\]- \\(?([^:\\s]+):([^:\\s]+):.*$");

    private SparkDistribution() {
    }

    /**
     * Creates {@code home/jars} with links to the Spark jars of this JVM's class path.
     *
     * @return the jars, in class path order
     */
    static List<Path> create(Path home, Path dependencyTree) throws IOException {
        Set<String> spark = closure(Files.readAllLines(dependencyTree));
        spark.add("org.slf4j:slf4j-simple");
        Path jars = Files.createDirectories(home.resolve("jars"));
        List<Path> linked = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            Path jar = Path.of(entry).toAbsolutePath();
            if (entry.endsWith(".jar") && spark.stream().anyMatch(key -> isArtifact(jar, key))
                    && names.add(jar.getFileName().toString())) {
                linked.add(Files.createSymbolicLink(jars.resolve(jar.getFileName()), jar));
            }
        }
        return linked;
    }

    /** True when the jar lies where a Maven repository keeps {@code groupId:artifactId}. */
    static boolean isArtifact(Path jar, String key) {
        String[] parts = key.split(":");
        Path version = jar.getParent();
        Path artifact = version == null ? null : version.getParent();
        return artifact != null && artifact.getFileName().toString().equals(parts[1]) && artifact.getParent() != null
                && artifact.getParent().endsWith(Path.of(parts[0].replace('.', '/')));
    }

    /** Every {@code groupId:artifactId} that Spark SQL needs, following each artifact wherever the tree expands it. */
    static Set<String> closure(List<String> tree) {
        Map<String, Set<String>> children = new HashMap<>();
        Deque<String> parents = new ArrayDeque<>();
        for (String line : tree) {
            Matcher node = NODE.matcher(line);
            if (!node.matches()) {
                continue;
            }
            int depth = node.group(1).length() / 3 + 1;
            while (parents.size() >= depth) {
                parents.pop();
            }
            String key = node.group(2) + ":" + node.group(3);
            if (!parents.isEmpty()) {
                children.computeIfAbsent(parents.peek(), k -> new LinkedHashSet<>()).add(key);
            }
            parents.push(key);
        }
        Set<String> found = new LinkedHashSet<>();
        Deque<String> todo = new ArrayDeque<>(List.of(SPARK));
        while (!todo.isEmpty()) {
            String key = todo.pop();
            if (found.add(key)) {
                todo.addAll(children.getOrDefault(key, Set.of()));
            }
        }
        return found;
    }
}
