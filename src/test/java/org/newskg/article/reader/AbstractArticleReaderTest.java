package org.newskg.article.reader;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.article.Article;
import org.newskg.article.ArticleReader;
import org.newskg.article.ReadOptions;
import org.newskg.article.ReadResult;

/** What every {@link ArticleReader} must do, whatever its format. */
abstract class AbstractArticleReaderTest {
    @TempDir
    Path dir;

    /** The reader under test. */
    abstract ArticleReader reader();

    /** A file extension of the format, without the dot. */
    abstract String extension();

    /** One valid article in the format, LF line ends, with a title, a URL and two paragraphs. */
    abstract String validArticle();

    ReadResult read(Path file) {
        return ReadResult.read(reader(), file, ReadOptions.defaults());
    }

    Path write(String name, byte[] content) throws IOException {
        return Files.write(dir.resolve(name + "." + extension()), content);
    }

    Path write(String name, String content) throws IOException {
        return write(name, content.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void readsAValidArticle() throws IOException {
        Article article = read(write("valid", validArticle())).single();

        assertThat(article.title()).isNotBlank();
        assertThat(article.url()).isPresent();
        assertThat(article.body()).contains("\n\n").doesNotStartWith(" ").doesNotEndWith("\n");
        assertThat(article.id()).matches("[0-9a-f]{16}");
    }

    @Test
    void missingFile() {
        Path file = dir.resolve("missing." + extension());

        assertThat(read(file).singleProblem()).isEqualTo(file + ": no such file or directory. Check the path.");
    }

    @Test
    void emptyFile() throws IOException {
        Path file = write("empty", "");

        assertThat(read(file).singleProblem())
                .isEqualTo(file + ": empty file, no article in it. Add the article text or leave the file out.");
    }

    @Test
    void whiteSpaceOnlyFile() throws IOException {
        Path file = write("blank", " \n\t\r\n  \n");

        assertThat(read(file).singleProblem())
                .isEqualTo(file + ": empty file, no article in it. Add the article text or leave the file out.");
    }

    @Test
    void binaryFile() throws IOException {
        Path file = write("binary", new byte[] {'P', 'K', 3, 4, 0, 0, 'x', '\n'});

        assertThat(read(file).singleProblem())
                .isEqualTo(file + ": binary file, not text (it contains NUL bytes). Save the file as UTF-8 text.");
    }

    @Test
    void latin1File() throws IOException {
        Path file = write("latin1", ("Caf\u00e9 " + validArticle()).getBytes(StandardCharsets.ISO_8859_1));

        assertThat(read(file).singleProblem()).isEqualTo(file + " [line 1]: not UTF-8 text: byte 0xE9 cannot be "
                + "decoded (the file may be Latin-1 or Windows-1252). Save the file as UTF-8 text.");
    }

    @Test
    void utf16File() throws IOException {
        Path file = write("utf16", validArticle().getBytes(StandardCharsets.UTF_16));

        assertThat(read(file).singleProblem())
                .isEqualTo(file + ": UTF-16 text, not UTF-8. Save the file as UTF-8 text.");
    }

    @Test
    void byteOrderMarkAndCrlfReadAsPlainUtf8() throws IOException {
        Article plain = read(write("plain", validArticle())).single();
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] crlf = validArticle().replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] both = new byte[bom.length + crlf.length];
        System.arraycopy(bom, 0, both, 0, bom.length);
        System.arraycopy(crlf, 0, both, bom.length, crlf.length);

        Article windows = read(write("windows", both)).single();

        assertThat(windows).usingRecursiveComparison().ignoringFields("source").isEqualTo(plain);
        assertThat(windows.title()).doesNotStartWith("\uFEFF");
        assertThat(windows.body()).doesNotContain("\r");
    }

    @Test
    void sameInputSameArticle() throws IOException {
        Path file = write("valid", validArticle());

        assertThat(read(file).single()).isEqualTo(read(file).single());
    }
}
