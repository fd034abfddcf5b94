package org.newskg.extract.quote;

import java.util.List;
import org.newskg.nlp.Span;

/**
 * A stretch of quoted text in the body, possibly running over several paragraphs.
 *
 * @param outer    from the opening mark to the closing mark inclusive (or the paragraph end when never closed)
 * @param pieces   the quoted words of each paragraph, without marks
 * @param standalone whether the quotation starts its paragraph
 */
record QuoteSpan(Span outer, List<Span> pieces, boolean standalone) {
    QuoteSpan {
        pieces = List.copyOf(pieces);
    }

    String text(String body) {
        StringBuilder text = new StringBuilder();
        for (Span piece : pieces) {
            if (text.length() > 0) {
                text.append("\n\n");
            }
            text.append(piece.of(body).strip());
        }
        return text.toString();
    }

    boolean contains(int offset) {
        return pieces.stream().anyMatch(p -> p.begin() <= offset && offset < p.end());
    }
}
