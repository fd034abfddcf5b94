package org.newskg.extract.entity;

import static org.newskg.extract.entity.CandidateFinder.joined;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.newskg.extract.EntityType;
import org.newskg.nlp.Sentence;
import org.newskg.nlp.Span;
import org.newskg.nlp.Token;

/** {@code Ramón "El Toro" Fuentes}: a nickname in quotes inside a person's name. Stateless. */
final class Nicknames {
    private static final Set<String> OPEN_QUOTES = Set.of("\"", "“", "«", "‘", "'", "``", "`");
    private static final Set<String> CLOSE_QUOTES = Set.of("\"", "”", "»", "’", "'", "''");
    private static final int MAX_NICKNAME_TOKENS = 4;

    private Nicknames() {
    }

    /** {@code Ramón "El Toro" Fuentes}: one person named Ramón Fuentes whose nickname is El Toro. */
    static List<Candidate> join(Sentence sentence, List<Candidate> candidates) {
        List<Token> tokens = sentence.tokens();
        List<Candidate> result = new ArrayList<>(candidates);
        for (int open = 1; open < tokens.size(); open++) {
            if (!OPEN_QUOTES.contains(tokens.get(open).word())) {
                continue;
            }
            int close = closingQuote(tokens, open);
            if (close < 0 || close + 1 >= tokens.size()) {
                continue;
            }
            int leftBegin = nameRunStart(tokens, open);
            int rightEnd = nameRunEnd(tokens, close + 1);
            if (leftBegin == open || rightEnd == close + 1) {
                continue;
            }
            boolean person = result.stream().anyMatch(c -> c.type() == EntityType.PERSON
                    && c.sentenceIndex() == sentence.index() && c.tokenBegin() < rightEnd
                    && leftBegin < c.tokenEnd());
            if (!person) {
                continue;
            }
            String nickname = joined(tokens, open + 1, close);
            String fullName = joined(tokens, leftBegin, open) + " " + joined(tokens, close + 1, rightEnd);
            Span span = new Span(tokens.get(leftBegin).span().begin(), tokens.get(rightEnd - 1).span().end());
            Candidate joinedName = new Candidate(sentence.index(), leftBegin, rightEnd, span,
                    sentence.text().substring(span.begin() - sentence.span().begin(),
                            span.end() - sentence.span().begin()),
                    NameLib.displayCase(fullName), EntityType.PERSON, 0.85, CandidateFinder.NICKNAME_RULE,
                    Optional.of(nickname));
            result.removeIf(joinedName::overlaps);
            result.add(joinedName);
        }
        return result;
    }

    private static int closingQuote(List<Token> tokens, int open) {
        for (int i = open + 1; i < tokens.size() && i <= open + MAX_NICKNAME_TOKENS + 1; i++) {
            String word = tokens.get(i).word();
            if (CLOSE_QUOTES.contains(word)) {
                return i > open + 1 ? i : -1;
            }
            if (!NameLib.isCapitalized(word) && !NameLib.isConnector(word)) {
                return -1;
            }
        }
        return -1;
    }

    private static int nameRunStart(List<Token> tokens, int before) {
        int start = before;
        while (start > 0 && tokens.get(start - 1).isProperNoun()
                && NameLib.isCapitalized(tokens.get(start - 1).word())) {
            start--;
        }
        return start;
    }

    private static int nameRunEnd(List<Token> tokens, int from) {
        int end = from;
        while (end < tokens.size() && tokens.get(end).isProperNoun() && NameLib.isCapitalized(tokens.get(end).word())) {
            end++;
        }
        return end;
    }
}
