package org.newskg.article;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.newskg.article.reader.ByteLines;
import org.newskg.article.reader.FileProblems;

/**
 * The files behind the user's inputs, and how many articles they hold.
 *
 * <pre>{@code
 * List<Path> files = ArticleFiles.expand(List.of(Path.of("data")), reporter::report);
 * long total = ArticleFiles.estimateArticles(files);   // for a progress bar
 * }</pre>
 *
 * <p>Thread-safe.
 */
public final class ArticleFiles {

    private ArticleFiles() {
    }

    /**
     * Expands files and folders into the files to read.
     *
     * <p>Folders are walked recursively, following symbolic links; inside them, hidden files and folders (names
     * starting with {@code .}) and files with extensions newskg does not read are skipped silently. A file named
     * explicitly is kept whatever its name, but an unknown extension is then a problem, as is a missing input and a
     * folder without article files.
     *
     * @param inputs   files and folders as the user named them
     * @param problems receives one problem per bad input
     * @return the files, sorted by path, each once even when named twice (in different spellings)
     */
    public static List<Path> expand(List<Path> inputs, Consumer<ArticleProblem> problems) {
        return expandNamed(inputs, problems).stream().map(InputFile::path).toList();
    }

    /**
     * A file to read and the name its articles' {@code source} gives it.
     *
     * @param path       the file as found from the user's input
     * @param sourceName {@link #sourceName(Path, Path)} of the file under the input that named it
     */
    public record InputFile(Path path, String sourceName) {
    }

    /** As {@link #expand(List, Consumer)}, with each file's source name. */
    public static List<InputFile> expandNamed(List<Path> inputs, Consumer<ArticleProblem> problems) {
        Map<Path, InputFile> files = new LinkedHashMap<>();
        for (Path input : inputs) {
            if (!Files.exists(input)) {
                problems.accept(FileProblems.noSuchFile(input));
            } else if (Files.isDirectory(input)) {
                List<Path> found = walk(input, problems);
                if (found.isEmpty()) {
                    problems.accept(ArticleProblem.of(input.toString(), "no article files in this folder",
                            "newskg reads " + ArticleFormat.knownExtensionsText()
                                    + " files; it skips hidden files and folders."));
                }
                found.forEach(file -> files.putIfAbsent(key(file), new InputFile(file, sourceName(input, file))));
            } else if (ArticleFormat.isKnown(input)) {
                files.putIfAbsent(key(input), new InputFile(input, sourceName(input, input)));
            } else {
                problems.accept(FileProblems.unknownFileType(input));
            }
        }
        return files.values().stream().sorted(Comparator.comparing(InputFile::path)).toList();
    }

    /**
     * The name by which a stored article names its file ({@code nkg:sourceFile}): the path below the folder the user
     * named, with {@code /} between names ({@code 2024/may/story.txt}), or the file name when the user named the file
     * itself. It identifies the source among the inputs without exposing the ingesting machine's folders.
     *
     * @param input the file or folder the user named
     * @param file  the file, {@code input} itself or found under it
     */
    public static String sourceName(Path input, Path file) {
        Path relative = file.equals(input) ? file.getFileName() : input.relativize(file).normalize();
        if (relative == null || relative.toString().isEmpty() || relative.startsWith("..")) {
            relative = file.getFileName();
        }
        List<String> names = new ArrayList<>();
        relative.forEach(name -> names.add(name.toString()));
        return String.join("/", names);
    }

    /**
     * Estimates the articles in a file without parsing it: 1 for single-article formats, the non-blank lines of a
     * JSON Lines file (counted by streaming), 0 for files newskg does not read or cannot open.
     */
    public static long estimateArticles(Path file) {
        String extension = ArticleFormat.extensionOf(file).toLowerCase(Locale.ROOT);
        if (ArticleFormat.JSON_LINES.extensions().contains(extension)) {
            return countNonBlankLines(file);
        }
        return ArticleFormat.isKnown(file) ? 1 : 0;
    }

    /** The sum of {@link #estimateArticles(Path)} over {@code files}. */
    public static long estimateArticles(List<Path> files) {
        return files.stream().mapToLong(ArticleFiles::estimateArticles).sum();
    }

    private static long countNonBlankLines(Path file) {
        try (InputStream in = Files.newInputStream(file); ByteLines lines = new ByteLines(in)) {
            long count = 0;
            while (lines.next()) {
                if (!lines.isBlank()) {
                    count++;
                }
            }
            return count;
        } catch (IOException e) {
            return 0;
        }
    }

    private static List<Path> walk(Path folder, Consumer<ArticleProblem> problems) {
        List<Path> found = new ArrayList<>();
        try {
            Files.walkFileTree(folder, Set.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE,
                    new SimpleFileVisitor<>() {
                        @Override
                        public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                            return !dir.equals(folder) && isHidden(dir) ? FileVisitResult.SKIP_SUBTREE
                                    : FileVisitResult.CONTINUE;
                        }

                        @Override
                        public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                            if (attrs.isRegularFile() && !isHidden(file) && ArticleFormat.isKnown(file)) {
                                found.add(file);
                            }
                            return FileVisitResult.CONTINUE;
                        }

                        @Override
                        public FileVisitResult visitFileFailed(Path file, IOException e) {
                            if (!(e instanceof FileSystemLoopException) && !isHidden(file)) {
                                problems.accept(FileProblems.unreadable(file, e));
                            }
                            return FileVisitResult.CONTINUE;
                        }
                    });
        } catch (IOException e) {
            problems.accept(FileProblems.unreadable(folder, e));
        }
        return found;
    }

    private static boolean isHidden(Path path) {
        Path name = path.getFileName();
        return name != null && name.toString().startsWith(".");
    }

    private static Path key(Path file) {
        return file.toAbsolutePath().normalize();
    }
}
