package org.newskg.nlp;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a {@link PlainNlpEngine} found in one article.
 *
 * @param articleId  the article's id
 * @param entities   named-entity mentions in text order
 * @param quotes     quotations in text order
 * @param relations  relation triples (for CoreNLP, its KBP relations)
 * @param millis     time spent annotating the article
 */
public record PlainAnnotation(String articleId, List<PlainEntity> entities, List<PlainQuote> quotes,
                              List<PlainRelation> relations, long millis) {
    public PlainAnnotation {
        Objects.requireNonNull(articleId, "articleId");
        entities = List.copyOf(entities);
        quotes = List.copyOf(quotes);
        relations = List.copyOf(relations);
    }

    /**
     * One named-entity mention.
     *
     * @param text     the words of the mention
     * @param nerTag   the NER tag as the pipeline gave it, e.g. {@code PERSON}, {@code CITY}
     * @param pronoun  whether every word of the mention is a pronoun ("he", "her")
     */
    public record PlainEntity(String text, String nerTag, boolean pronoun) {
        public PlainEntity {
            Objects.requireNonNull(text, "text");
            Objects.requireNonNull(nerTag, "nerTag");
        }
    }

    /**
     * One quotation.
     *
     * @param text     the quoted words, without the outer quotation marks
     * @param speaker  the speaker's canonical mention if the pipeline attributed one, else its speaker mention, else
     *                 empty
     */
    public record PlainQuote(String text, Optional<String> speaker) {
        public PlainQuote {
            Objects.requireNonNull(text, "text");
            Objects.requireNonNull(speaker, "speaker");
        }
    }

    /**
     * One relation triple, e.g. {@code (Tim Cook, per:employee_or_member_of, Apple)}.
     *
     * @param subject     the subject's words
     * @param relation    the relation name as the pipeline gave it
     * @param object      the object's words
     * @param confidence  the pipeline's confidence, in [0, 1]
     */
    public record PlainRelation(String subject, String relation, String object, double confidence) {
        public PlainRelation {
            Objects.requireNonNull(subject, "subject");
            Objects.requireNonNull(relation, "relation");
            Objects.requireNonNull(object, "object");
        }
    }
}
