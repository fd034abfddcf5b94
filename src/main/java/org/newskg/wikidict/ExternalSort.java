package org.newskg.wikidict;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.PriorityQueue;

/**
 * Sorts a large stream of lines with little memory: sorted runs of a bounded number of lines go to files in a work
 * folder, then are merged. The dictionary index is written from the sorted stream, which a B-tree takes in order
 * (appended) far faster than in random order. Not thread-safe.
 */
final class ExternalSort {
    private final Path workFolder;
    private final int linesPerRun;
    private final List<Path> runs = new ArrayList<>();
    private final List<String> buffer = new ArrayList<>();

    ExternalSort(Path workFolder, int linesPerRun) {
        this.workFolder = workFolder;
        this.linesPerRun = linesPerRun;
    }

    void add(String line) throws IOException {
        buffer.add(line);
        if (buffer.size() >= linesPerRun) {
            flush();
        }
    }

    /** Hands every line to the sink in {@link String#compareTo} order, then deletes the runs. */
    void drainSorted(LineSink sink) throws IOException {
        flush();
        List<BufferedReader> readers = new ArrayList<>();
        PriorityQueue<Head> heads = new PriorityQueue<>();
        try {
            for (Path run : runs) {
                BufferedReader reader = Files.newBufferedReader(run, StandardCharsets.UTF_8);
                readers.add(reader);
                Head.next(reader).ifPresent(heads::add);
            }
            while (!heads.isEmpty()) {
                Head head = heads.poll();
                sink.accept(head.line());
                Head.next(head.reader()).ifPresent(heads::add);
            }
        } finally {
            for (BufferedReader reader : readers) {
                reader.close();
            }
            for (Path run : runs) {
                Files.deleteIfExists(run);
            }
        }
    }

    private void flush() throws IOException {
        if (buffer.isEmpty()) {
            return;
        }
        Collections.sort(buffer);
        Path run = workFolder.resolve("run-" + runs.size() + ".txt");
        try (BufferedWriter out = Files.newBufferedWriter(run, StandardCharsets.UTF_8)) {
            for (String line : buffer) {
                out.write(line);
                out.write('\n');
            }
        }
        runs.add(run);
        buffer.clear();
    }

    /** Receives the sorted lines. */
    @FunctionalInterface
    interface LineSink {
        void accept(String line) throws IOException;
    }

    private record Head(String line, BufferedReader reader) implements Comparable<Head> {
        static java.util.Optional<Head> next(BufferedReader reader) throws IOException {
            String line = reader.readLine();
            return line == null ? java.util.Optional.empty() : java.util.Optional.of(new Head(line, reader));
        }

        @Override
        public int compareTo(Head other) {
            return line.compareTo(other.line);
        }
    }
}
