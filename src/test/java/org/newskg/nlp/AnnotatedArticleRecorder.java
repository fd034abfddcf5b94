package org.newskg.nlp;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.newskg.article.Article;
import org.newskg.article.ArticleReaders;
import org.newskg.article.ReadOptions;
import org.newskg.nlp.corenlp.CoreNlpEngine;
import org.newskg.nlp.corenlp.CoreNlpSettings;

/**
 * Records golden-case fixtures: runs the real CoreNLP engine over {@code <case>/article.txt} and writes
 * {@code <case>/annotated.json} next to it, loading the models once for all cases. Run from the project root after
 * {@code mvn -o package -DskipTests}:
 *
 * <pre>
 * java -Xmx5g -cp target/classes:target/test-classes:'target/lib/*' org.newskg.nlp.AnnotatedArticleRecorder \
 *     [--force] [CASE_DIR ...]
 * </pre>
 *
 * <p>Without case directories it records every case under {@code src/test/resources/cases}. Without
 * {@code --force} it skips cases whose {@code annotated.json} is newer than their {@code article.txt}. The article's
 * {@code source} is recorded as the path given, so run it from the project root to keep fixtures free of local paths.
 */
public final class AnnotatedArticleRecorder {
    static final Path CASES = Path.of("src/test/resources/cases");
    static final String ARTICLE = "article.txt";
    static final String ANNOTATED = "annotated.json";

    private AnnotatedArticleRecorder() {
    }

    public static void main(String[] args) throws IOException {
        boolean force = false;
        List<Path> dirs = new ArrayList<>();
        for (String arg : args) {
            if (arg.equals("--force")) {
                force = true;
            } else {
                dirs.add(Path.of(arg));
            }
        }
        if (dirs.isEmpty()) {
            try (Stream<Path> list = Files.list(CASES)) {
                dirs = list.filter(d -> Files.isRegularFile(d.resolve(ARTICLE))).sorted().toList();
            }
        }
        List<Path> todo = new ArrayList<>();
        for (Path dir : dirs) {
            if (force || stale(dir)) {
                todo.add(dir);
            } else {
                System.out.println("up to date: " + dir);
            }
        }
        if (todo.isEmpty()) {
            return;
        }
        CoreNlpSettings settings = CoreNlpSettings.defaults();
        String recordedWith = "CoreNLP 4.5.10, annotators " + settings.annotators() + ", coref "
                + settings.corefAlgorithm() + "; re-record with org.newskg.nlp.AnnotatedArticleRecorder";
        try (CoreNlpEngine engine = CoreNlpEngine.load(settings)) {
            for (Path dir : todo) {
                Article article = readArticle(dir.resolve(ARTICLE));
                AnnotatedArticle annotated = engine.annotate(article);
                AnnotatedArticleJson.write(annotated, recordedWith, dir.resolve(ANNOTATED));
                System.out.println("recorded: " + dir.resolve(ANNOTATED) + " (" + annotated.sentences().size()
                        + " sentences, " + annotated.mentions().size() + " mentions, " + annotated.chains().size()
                        + " chains)");
            }
        }
    }

    private static boolean stale(Path dir) {
        Path annotated = dir.resolve(ANNOTATED);
        try {
            return !Files.exists(annotated) || Files.getLastModifiedTime(annotated)
                    .compareTo(Files.getLastModifiedTime(dir.resolve(ARTICLE))) < 0;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The article as {@code newskg ingest} reads it. */
    static Article readArticle(Path file) {
        List<Article> articles = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        ArticleReaders.read(file, ReadOptions.defaults(), articles::add, p -> problems.add(p.message()));
        if (!problems.isEmpty() || articles.size() != 1) {
            throw new IllegalStateException(file + ": expected one article, got " + articles.size() + "; problems: "
                    + problems);
        }
        return articles.get(0);
    }
}
