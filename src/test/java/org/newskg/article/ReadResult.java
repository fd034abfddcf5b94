package org.newskg.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** What a read delivered, for assertions. */
public record ReadResult(List<Article> articles, List<ArticleProblem> problems) {
    /** The folder of test fixtures, relative to the module, as a user would name it. */
    public static final Path FIXTURES = Path.of("src", "test", "resources", "articles");

    public static Path fixture(String name) {
        return FIXTURES.resolve(name);
    }

    public static ReadResult read(ArticleReader reader, Path file, ReadOptions options) {
        ReadResult result = new ReadResult(new ArrayList<>(), new ArrayList<>());
        reader.read(file, options, result.articles::add, result.problems::add);
        return result;
    }

    public static ReadResult read(ArticleSource source, List<Path> inputs, ReadOptions options) {
        ReadResult result = new ReadResult(new ArrayList<>(), new ArrayList<>());
        source.read(inputs, options, result.articles::add, result.problems::add);
        return result;
    }

    /** The problem messages, as a user sees them. */
    public List<String> messages() {
        return problems.stream().map(ArticleProblem::message).toList();
    }

    /** The one article read, asserting there was no problem. */
    public Article single() {
        assertThat(messages()).isEmpty();
        assertThat(articles).hasSize(1);
        return articles.get(0);
    }

    /** The one problem message, asserting no article was read. */
    public String singleProblem() {
        assertThat(articles).isEmpty();
        assertThat(problems).hasSize(1);
        return problems.get(0).message();
    }
}
