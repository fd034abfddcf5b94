package org.newskg.article;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Stage 1 of the pipeline: turns the user's inputs into {@link Article}s.
 *
 * <p>An article's {@link Article#source()} names its file relative to the folder the user named, or by its file name
 * when the user named the file, never by an absolute path (see {@link ArticleFiles#sourceName(Path, Path)}).
 *
 * <p>Articles and problems are delivered in file order (files sorted by path, see
 * {@link ArticleFiles#expand(List, Consumer)}), each as soon as it is read; nothing is thrown for bad input. A problem
 * skips one article (or one file) and reading goes on.
 *
 * <pre>{@code
 * ArticleSource source = ArticleSource.files();
 * source.read(List.of(Path.of("data/articles")), ReadOptions.defaults(), pipeline::accept, reporter::report);
 * }</pre>
 */
@FunctionalInterface
public interface ArticleSource {

    /**
     * Reads every article in {@code inputs}.
     *
     * @param inputs   files and folders, as the user named them
     * @param options  the user's reading settings
     * @param articles receives each article, in file order
     * @param problems receives each problem, in file order
     */
    void read(List<Path> inputs, ReadOptions options, Consumer<Article> articles, Consumer<ArticleProblem> problems);

    /**
     * Reads every article, stopping at the first problem.
     *
     * @return the articles, in file order
     * @throws ArticleException carrying the first problem
     */
    default List<Article> readAll(List<Path> inputs, ReadOptions options) {
        List<Article> articles = new ArrayList<>();
        read(inputs, options, articles::add, problem -> {
            throw new ArticleException(problem);
        });
        return articles;
    }

    /**
     * The source that reads files and folders with {@link ArticleFiles} and {@link ArticleReaders}. Stateless and
     * thread-safe.
     */
    static ArticleSource files() {
        return (inputs, options, articles, problems) -> {
            for (ArticleFiles.InputFile file : ArticleFiles.expandNamed(inputs, problems)) {
                ArticleReaders.read(file.path(), file.sourceName(), options, articles, problems);
            }
        };
    }
}
