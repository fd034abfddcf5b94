package org.newskg.article.reader;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Path;
import org.newskg.article.ArticleFormat;
import org.newskg.article.ArticleProblem;

/** The problems any file can have, worded once. */
public final class FileProblems {
    /** Hint for files that are not UTF-8 text. */
    public static final String SAVE_AS_UTF8 = "Save the file as UTF-8 text.";

    private FileProblems() {
    }

    public static ArticleProblem noSuchFile(Path file) {
        return ArticleProblem.of(file.toString(), "no such file or directory", "Check the path.");
    }

    public static ArticleProblem unknownFileType(Path file) {
        String extension = ArticleFormat.extensionOf(file);
        String what = extension.isEmpty() ? "unknown file type (the name has no extension)"
                : "unknown file type " + ArticleProblem.quote("." + extension);
        return ArticleProblem.of(file.toString(), what,
                "newskg reads " + ArticleFormat.knownExtensionsText() + " files.");
    }

    public static ArticleProblem unreadable(Path file, IOException e) {
        String reason = e instanceof AccessDeniedException ? "permission denied" : String.valueOf(e.getMessage());
        return ArticleProblem.of(file.toString(), "cannot read the file: " + reason,
                "Check that the file exists and is readable.");
    }

    public static ArticleProblem empty(Path file) {
        return ArticleProblem.of(file.toString(), "empty file, no article in it",
                "Add the article text or leave the file out.");
    }

    public static ArticleProblem binary(Path file) {
        return ArticleProblem.of(file.toString(), "binary file, not text (it contains NUL bytes)", SAVE_AS_UTF8);
    }

    public static ArticleProblem utf16(Path file) {
        return ArticleProblem.of(file.toString(), "UTF-16 text, not UTF-8", SAVE_AS_UTF8);
    }

    public static ArticleProblem notUtf8(Path file, int line, int badByte) {
        String what = String.format("not UTF-8 text: byte 0x%02X cannot be decoded (the file may be Latin-1 or "
                + "Windows-1252)", badByte & 0xFF);
        return ArticleProblem.at(file.toString(), line, what, SAVE_AS_UTF8);
    }
}
