package org.newskg.article;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newskg.article.ReadResult.fixture;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Article ids are stable across reads: from the URL when there is one, else from the content. */
class ArticleIdentityTest {
    @TempDir
    Path dir;

    private static Article read(Path file) {
        return ArticleSource.files().readAll(List.of(file), ReadOptions.defaults()).get(0);
    }

    @Test
    void sameUrlSameIdAcrossReads() {
        Article first = read(fixture("00_seed.txt"));
        Article second = read(fixture("00_seed.txt"));
        Article md = read(fixture("00_seed.md"));

        assertThat(second.id()).isEqualTo(first.id());
        assertThat(md.id()).isEqualTo(first.id());
        assertThat(first.id()).isEqualTo(ArticleIds.identity(first.url(), first.contentHash()))
                .isNotEqualTo(first.contentHash().substring(0, 16));
    }

    @Test
    void sameUrlKeepsItsIdWhenTheContentChanges() throws IOException {
        Article original = read(fixture("00_seed.txt"));
        Path edited = Files.writeString(dir.resolve("edited.txt"),
                Files.readString(fixture("00_seed.txt")).replace("Following the murder", "After the murder"));

        Article changed = read(edited);

        assertThat(changed.id()).isEqualTo(original.id());
        assertThat(changed.contentHash()).isNotEqualTo(original.contentHash());
    }

    @Test
    void noUrlGivesAContentHashId() throws IOException {
        Article plain = read(fixture("plain.txt"));
        Path copy = Files.copy(fixture("plain.txt"), dir.resolve("copy.txt"));

        assertThat(plain.url()).isEmpty();
        assertThat(plain.id()).isEqualTo(plain.contentHash().substring(0, 16))
                .isEqualTo(ArticleIds.identity(Optional.empty(), ArticleIds.contentHash(plain.title(), plain.body())))
                .isEqualTo(read(fixture("plain.txt")).id())
                .isEqualTo(read(copy).id());
    }

    @Test
    void differentContentGivesADifferentId() throws IOException {
        Article plain = read(fixture("plain.txt"));
        Path edited = Files.writeString(dir.resolve("edited.txt"),
                Files.readString(fixture("plain.txt")).replace("Monday", "Tuesday"));

        Article changed = read(edited);

        assertThat(changed.id()).isNotEqualTo(plain.id());
        assertThat(changed.contentHash()).isNotEqualTo(plain.contentHash());
    }

    @Test
    void jsonLinesRecordsGetTheirOwnIds() {
        List<Article> articles = ArticleSource.files().readAll(List.of(fixture("page.html")), ReadOptions.defaults());
        ReadResult feed = ReadResult.read(ArticleSource.files(), List.of(fixture("feed.jsonl")),
                ReadOptions.defaults());

        assertThat(feed.articles()).extracting(Article::id).doesNotHaveDuplicates()
                .doesNotContain(articles.get(0).id());
    }
}
