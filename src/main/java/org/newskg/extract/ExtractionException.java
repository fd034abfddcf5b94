package org.newskg.extract;

import java.util.OptionalInt;
import java.util.function.Supplier;
import org.newskg.nlp.Sentence;
import org.newskg.sys.NewsKgException;

/**
 * An extractor failed, in a known sentence when it was reading one. Extractors that work sentence by sentence run
 * each sentence through {@link #inSentence}, so a failure names the sentence that caused it.
 */
public final class ExtractionException extends NewsKgException {
    private static final long serialVersionUID = 1L;
    private static final int QUOTED_CHARS = 80;

    private final int sentenceIndex;

    private ExtractionException(Sentence sentence, RuntimeException cause) {
        super("sentence " + (sentence.index() + 1) + " '" + cut(sentence.text()) + "': " + cause, cause);
        this.sentenceIndex = sentence.index();
    }

    /** Runs the work on one sentence; a failure in it comes out as an {@code ExtractionException} naming it. */
    public static <T> T inSentence(Sentence sentence, Supplier<T> work) {
        try {
            return work.get();
        } catch (ExtractionException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new ExtractionException(sentence, e);
        }
    }

    /** Runs the work on one sentence; a failure in it comes out as an {@code ExtractionException} naming it. */
    public static void inSentence(Sentence sentence, Runnable work) {
        inSentence(sentence, () -> {
            work.run();
            return null;
        });
    }

    /** The index, from 0, of the sentence the extractor was reading when it failed. */
    public OptionalInt sentenceIndex() {
        return OptionalInt.of(sentenceIndex);
    }

    private static String cut(String text) {
        String line = text.replaceAll("\\s+", " ").strip();
        return line.length() <= QUOTED_CHARS ? line : line.substring(0, QUOTED_CHARS - 3) + "...";
    }
}
