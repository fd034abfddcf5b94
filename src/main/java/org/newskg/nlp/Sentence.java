package org.newskg.nlp;

import java.util.List;
import java.util.Optional;

/**
 * A sentence with its tokens and dependency parse.
 *
 * @param index        position in the article, from 0
 * @param span         character offsets into the article body
 * @param text         the sentence text, as in the body
 * @param tokens       its tokens, in order
 * @param dependencies its dependency edges; empty when no parser ran
 */
public record Sentence(int index, Span span, String text, List<Token> tokens, List<Dependency> dependencies) {
    public Sentence {
        tokens = List.copyOf(tokens);
        dependencies = List.copyOf(dependencies);
    }

    /** The edge whose dependent is the given token, if the token has a head. */
    public Optional<Dependency> headEdge(int tokenIndex) {
        return dependencies.stream().filter(d -> d.dependent() == tokenIndex).findFirst();
    }

    public List<Dependency> children(int tokenIndex) {
        return dependencies.stream().filter(d -> d.governor() == tokenIndex).toList();
    }
}
