package org.newskg.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArticleFilesTest {
    private static final String READS = "newskg reads .txt, .md, .html, .htm, .jsonl, .ndjson, .warc and .warc.gz "
            + "files.";

    @TempDir
    Path dir;

    private final List<ArticleProblem> problems = new ArrayList<>();

    @BeforeEach
    void makeTree() throws IOException {
        for (String name : List.of("b.md", "a.txt", "c.html", "d.htm", "f.ndjson", "notes.pdf", "README", ".hidden.txt",
                ".git/config.txt", "sub/.secret/x.txt", "sub/z.TXT", "sub/deep/y.jsonl")) {
            Path file = dir.resolve(name);
            Files.createDirectories(file.getParent());
            Files.writeString(file, "Title\nText.\n");
        }
        Files.writeString(dir.resolve("e.jsonl"), "{\"a\": 1}\n\n  \n{\"b\": 2}\r\n{\"c\": 3}");
    }

    private List<Path> expand(Path... inputs) {
        return ArticleFiles.expand(List.of(inputs), problems::add);
    }

    private List<String> messages() {
        return problems.stream().map(ArticleProblem::message).toList();
    }

    @Test
    void walksFoldersSkippingHiddenAndUnknownFiles() {
        List<Path> files = expand(dir);

        assertThat(files).containsExactly(dir.resolve("a.txt"), dir.resolve("b.md"), dir.resolve("c.html"),
                dir.resolve("d.htm"), dir.resolve("e.jsonl"), dir.resolve("f.ndjson"),
                dir.resolve("sub/deep/y.jsonl"), dir.resolve("sub/z.TXT"));
        assertThat(problems).isEmpty();
    }

    @Test
    void sortsAndRemovesDuplicatesAcrossInputs() {
        List<Path> files = expand(dir.resolve("sub"), dir.resolve("b.md"), dir.resolve("a.txt"),
                dir.resolve("sub/../a.txt"), dir.resolve("./sub/z.TXT"));

        assertThat(files).containsExactly(dir.resolve("a.txt"), dir.resolve("b.md"),
                dir.resolve("sub/deep/y.jsonl"), dir.resolve("sub/z.TXT"));
        assertThat(problems).isEmpty();
    }

    @Test
    void keepsExplicitlyNamedHiddenFiles() {
        assertThat(expand(dir.resolve(".hidden.txt"))).containsExactly(dir.resolve(".hidden.txt"));
        assertThat(problems).isEmpty();
    }

    @Test
    void explicitFileWithUnknownExtensionIsAProblem() {
        Path pdf = dir.resolve("notes.pdf");
        Path readme = dir.resolve("README");

        assertThat(expand(pdf, readme, dir.resolve("a.txt"))).containsExactly(dir.resolve("a.txt"));
        assertThat(messages()).containsExactly(
                pdf + ": unknown file type '.pdf'. " + READS,
                readme + ": unknown file type (the name has no extension). " + READS);
    }

    @Test
    void missingInputIsAProblem() {
        Path missing = dir.resolve("missing");

        assertThat(expand(missing)).isEmpty();
        assertThat(messages()).containsExactly(missing + ": no such file or directory. Check the path.");
    }

    @Test
    void folderWithoutArticleFilesIsAProblem() throws IOException {
        Path empty = Files.createDirectories(dir.resolve("empty"));
        Files.writeString(empty.resolve("notes.pdf"), "x");
        Files.writeString(empty.resolve(".draft.txt"), "x");

        assertThat(expand(empty)).isEmpty();
        assertThat(messages()).containsExactly(empty + ": no article files in this folder. newskg reads .txt, .md, "
                + ".html, .htm, .jsonl, .ndjson, .warc and .warc.gz files; it skips hidden files and folders.");
    }

    @Test
    void estimatesArticlesPerFile() {
        assertThat(ArticleFiles.estimateArticles(dir.resolve("a.txt"))).isEqualTo(1);
        assertThat(ArticleFiles.estimateArticles(dir.resolve("c.html"))).isEqualTo(1);
        assertThat(ArticleFiles.estimateArticles(dir.resolve("e.jsonl"))).isEqualTo(3);
        assertThat(ArticleFiles.estimateArticles(dir.resolve("notes.pdf"))).isZero();
        assertThat(ArticleFiles.estimateArticles(dir.resolve("missing.jsonl"))).isZero();
        // a, b, c, d and z hold one article each; e, f and y count their non-blank lines
        assertThat(ArticleFiles.estimateArticles(expand(dir))).isEqualTo(5 + 3 + 2 + 2);
    }
}
