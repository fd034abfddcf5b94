package org.newskg.article.reader;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.IntConsumer;
import org.newskg.article.ArticleProblem;

/**
 * Strict UTF-8 decoding of input files: malformed bytes are reported, never replaced. Thread-safe.
 */
public final class Utf8Text {
    private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private Utf8Text() {
    }

    /**
     * Reads a whole file as UTF-8 text, without a byte order mark and with LF line ends.
     *
     * @return the text, or empty after reporting why the file cannot be read, is not UTF-8 text, or is blank
     */
    public static Optional<String> readFile(Path file, Consumer<ArticleProblem> problems) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            problems.accept(FileProblems.noSuchFile(file));
            return Optional.empty();
        } catch (IOException e) {
            problems.accept(FileProblems.unreadable(file, e));
            return Optional.empty();
        }
        if (isUtf16(bytes)) {
            problems.accept(FileProblems.utf16(file));
            return Optional.empty();
        }
        if (containsNul(bytes, bytes.length)) {
            problems.accept(FileProblems.binary(file));
            return Optional.empty();
        }
        int start = startsWithBom(bytes, bytes.length) ? UTF8_BOM.length : 0;
        int[] bad = {-1};
        Optional<String> text = decode(bytes, start, bytes.length, offset -> bad[0] = offset);
        if (text.isEmpty()) {
            problems.accept(FileProblems.notUtf8(file, lineOf(bytes, bad[0]), bytes[bad[0]]));
            return Optional.empty();
        }
        String normalized = normalizeLineEnds(text.get());
        if (normalized.isBlank()) {
            problems.accept(FileProblems.empty(file));
            return Optional.empty();
        }
        return Optional.of(normalized);
    }

    /**
     * Decodes {@code bytes[from, to)} strictly.
     *
     * @param badOffset receives the offset in {@code bytes} of the first byte that is not UTF-8
     * @return the text, or empty when the bytes are not UTF-8
     */
    public static Optional<String> decode(byte[] bytes, int from, int to, IntConsumer badOffset) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, from, to - from);
        CharBuffer out = CharBuffer.allocate(to - from);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            badOffset.accept(in.position());
            return Optional.empty();
        }
        return Optional.of(out.flip().toString());
    }

    /** The text with CRLF and lone CR line ends turned into LF. */
    public static String normalizeLineEnds(String text) {
        return text.indexOf('\r') < 0 ? text : text.replace("\r\n", "\n").replace('\r', '\n');
    }

    /** True when {@code bytes[0, length)} has a NUL byte, the mark of a binary file. */
    public static boolean containsNul(byte[] bytes, int length) {
        for (int i = 0; i < length; i++) {
            if (bytes[i] == 0) {
                return true;
            }
        }
        return false;
    }

    /** True when {@code bytes} start with the UTF-8 byte order mark. */
    public static boolean startsWithBom(byte[] bytes, int length) {
        return length >= UTF8_BOM.length && bytes[0] == UTF8_BOM[0] && bytes[1] == UTF8_BOM[1]
                && bytes[2] == UTF8_BOM[2];
    }

    /** True when {@code bytes} start with a UTF-16 byte order mark. */
    public static boolean isUtf16(byte[] bytes) {
        return bytes.length >= 2 && ((bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE)
                || (bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF));
    }

    /** The 1-based line that byte {@code offset} is on. */
    static int lineOf(byte[] bytes, int offset) {
        int line = 1;
        for (int i = 0; i < offset; i++) {
            if (bytes[i] == '\n') {
                line++;
            }
        }
        return line;
    }
}
