package org.newskg.eval;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * A gold set: a directory with {@code articles/} and {@code gold/}, where {@code gold/NAME.tsv} holds the gold facts of
 * {@code articles/NAME.*} (any extension, e.g. {@code .txt}).
 *
 * <p>Pairing is strict, so that no article is scored against nothing and no gold file is silently ignored: every
 * {@code .tsv} in {@code gold/} needs exactly one article with its base name, and every article needs a gold file
 * (an article without facts gets an empty one). Hidden files (starting with {@code .}) and sub-directories are
 * ignored, and so are files in {@code gold/} that do not end in {@code .tsv}. Articles are sorted by name.
 *
 * <p>Usage: {@code GoldSet set = GoldSet.load(Path.of("dev")); for (GoldArticle a : set.articles()) ...}
 *
 * @param dir      the gold set directory as given
 * @param articles the articles with their facts, sorted by name
 */
public record GoldSet(Path dir, List<GoldArticle> articles) {
    private static final String GOLD_SUFFIX = ".tsv";

    public GoldSet {
        Objects.requireNonNull(dir, "dir");
        articles = List.copyOf(articles);
    }

    /**
     * Loads the gold set in {@code dir}. Gold files are named {@code gold/NAME.tsv} in messages.
     *
     * @throws EvaluationException when a directory is missing, files do not pair up, or a gold line is malformed
     */
    public static GoldSet load(Path dir) {
        Path articleDir = requireDir(dir, "articles");
        Path goldDir = requireDir(dir, "gold");
        Map<String, Path> articles = articlesByName(articleDir);
        Map<String, Path> golds = new TreeMap<>();
        for (Path file : listFiles(goldDir)) {
            String fileName = file.getFileName().toString();
            if (fileName.endsWith(GOLD_SUFFIX)) {
                golds.put(fileName.substring(0, fileName.length() - GOLD_SUFFIX.length()), file);
            }
        }
        List<GoldArticle> result = new ArrayList<>();
        for (Map.Entry<String, Path> gold : golds.entrySet()) {
            Path article = articles.get(gold.getKey());
            if (article == null) {
                throw new EvaluationException("gold/" + gold.getKey() + GOLD_SUFFIX + ": no article named '"
                        + gold.getKey() + ".*' in " + articleDir + ". Add the article or remove the gold file.");
            }
            String shownAs = "gold/" + gold.getValue().getFileName();
            result.add(new GoldArticle(gold.getKey(), article, GoldFile.read(gold.getValue(), shownAs)));
        }
        for (Map.Entry<String, Path> article : articles.entrySet()) {
            if (!golds.containsKey(article.getKey())) {
                throw new EvaluationException("articles/" + article.getValue().getFileName() + ": no gold file "
                        + "gold/" + article.getKey() + GOLD_SUFFIX + " in " + dir
                        + ". Add one (it may list no facts) or remove the article.");
            }
        }
        return new GoldSet(dir, result);
    }

    /** The first {@code n} articles by name (all when there are fewer), for a quick run. */
    public GoldSet first(int n) {
        if (n < 0) {
            throw new IllegalArgumentException("n must not be negative but was " + n);
        }
        return new GoldSet(dir, articles.subList(0, Math.min(n, articles.size())));
    }

    /** All facts of all articles, in article order. */
    public List<GoldFact> facts() {
        return articles.stream().flatMap(a -> a.facts().stream()).toList();
    }

    private static Path requireDir(Path dir, String name) {
        Path sub = dir.resolve(name);
        if (!Files.isDirectory(sub)) {
            throw new EvaluationException(dir + ": not a gold set: it has no directory '" + name + "/'. A gold set "
                    + "is a directory with articles/NAME.* and gold/NAME.tsv; check the path.");
        }
        return sub;
    }

    private static Map<String, Path> articlesByName(Path articleDir) {
        Map<String, Path> byName = new TreeMap<>();
        for (Path file : listFiles(articleDir)) {
            String fileName = file.getFileName().toString();
            int dot = fileName.lastIndexOf('.');
            String name = dot > 0 ? fileName.substring(0, dot) : fileName;
            Path previous = byName.put(name, file);
            if (previous != null) {
                throw new EvaluationException(articleDir + ": two articles share the name '" + name + "': '"
                        + previous.getFileName() + "' and '" + fileName + "'. Keep one of them.");
            }
        }
        return byName;
    }

    private static List<Path> listFiles(Path dir) {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(Files::isRegularFile)
                    .filter(f -> !f.getFileName().toString().startsWith("."))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new EvaluationException(dir + ": cannot list the directory: " + e.getMessage(), e);
        }
    }
}
