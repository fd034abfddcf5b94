package org.newskg.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.newskg.article.Article;
import org.newskg.article.ArticleSource;
import org.newskg.article.ReadOptions;

class BenchCorpusTest {

    private static Article article(String title, String url) {
        return Article.of(title, Optional.empty(), Optional.empty(), Optional.ofNullable(url), "Body of " + title + ".",
                title + ".txt");
    }

    @Test
    void everyCopyIsADistinctArticleWithTheSameBody() {
        List<Article> articles = List.of(article("A", "https://example.org/a"), article("B", null),
                article("C", "https://old.example.org/?p=3#top"));
        List<Article> corpus = BenchCorpus.repeat(articles, 8);
        assertThat(corpus).hasSize(8);
        assertThat(corpus.stream().map(Article::id).distinct()).hasSize(8);
        assertThat(corpus.subList(0, 3)).containsExactlyElementsOf(articles);
        for (int i = 0; i < corpus.size(); i++) {
            assertThat(corpus.get(i).body()).isEqualTo(articles.get(i % 3).body());
            assertThat(corpus.get(i).source()).isEqualTo(articles.get(i % 3).source());
        }
    }

    @Test
    void copiesWithAUrlGetAQueryParameterBeforeTheFragment() {
        assertThat(BenchCorpus.copy(article("A", "https://example.org/a"), 2).url())
                .contains("https://example.org/a?newskg-copy=2");
        assertThat(BenchCorpus.copy(article("C", "https://old.example.org/?p=3#top"), 1).url())
                .contains("https://old.example.org/?p=3&newskg-copy=1#top");
        assertThat(BenchCorpus.copy(article("A", "https://example.org/a"), 2).title()).isEqualTo("A");
    }

    @Test
    void aFragmentAloneWouldNotChangeTheId() {
        Article original = article("A", "https://example.org/a");
        Article fragment = Article.of("A", Optional.empty(), Optional.empty(),
                Optional.of("https://example.org/a#copy-1"), original.body(), original.source());
        assertThat(fragment.id()).isEqualTo(original.id());
        assertThat(BenchCorpus.copy(original, 1).id()).isNotEqualTo(original.id());
    }

    @Test
    void copiesWithoutAUrlGetATitleSuffix() {
        Article copy = BenchCorpus.copy(article("B", null), 3);
        assertThat(copy.title()).isEqualTo("B [copy 3]");
        assertThat(copy.url()).isEmpty();
    }

    @Test
    void fewerThanTheArticlesTakesTheFirst() {
        List<Article> articles = List.of(article("A", null), article("B", null), article("C", null));
        assertThat(BenchCorpus.repeat(articles, 2)).containsExactly(articles.get(0), articles.get(1));
    }

    @Test
    void theSeedRepeatedToThirtyIsThirtyArticles() {
        List<Article> articles = ArticleSource.files().readAll(
                List.of(Path.of("src/test/resources/articles/00_seed.txt")), ReadOptions.defaults());
        List<Article> corpus = BenchCorpus.repeat(articles, 30);
        assertThat(corpus.stream().map(Article::id).distinct()).hasSize(30);
    }

    @Test
    void theSameArticleTwiceIsRejected() {
        Article a = article("A", "https://example.org/a");
        assertThatThrownBy(() -> BenchCorpus.repeat(List.of(a, a), 2))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("share the id");
    }

    @Test
    void nothingToRepeatIsRejected() {
        assertThatThrownBy(() -> BenchCorpus.repeat(List.of(), 3)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> BenchCorpus.repeat(List.of(article("A", null)), 0))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
