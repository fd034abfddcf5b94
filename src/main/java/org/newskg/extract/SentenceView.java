package org.newskg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.newskg.extract.EntityType.TopType;
import org.newskg.nlp.Dependency;
import org.newskg.nlp.Sentence;
import org.newskg.nlp.Span;
import org.newskg.nlp.Token;

/**
 * One sentence as the role rules see it: its tokens, which entity each token names, and its dependency edges.
 * Entities are taken from name mentions only; pronouns are resolved through coreference on request.
 */
public final class SentenceView {
    private static final String COREF = "corenlp-coref";
    private static final Set<String> PERSONAL_PRONOUNS = Set.of("he", "she", "him", "her");

    private final Sentence sentence;
    private final String body;
    private final EntityIndex index;
    private final Entity[] named;

    /**
     * A run of tokens naming one entity.
     *
     * @param begin  first token
     * @param end    after the last token
     * @param entity the entity named
     */
    public record Run(int begin, int end, Entity entity) {
    }

    public SentenceView(Sentence sentence, String body, EntityIndex index) {
        this.sentence = sentence;
        this.body = body;
        this.index = index;
        this.named = new Entity[sentence.tokens().size()];
        for (Token token : sentence.tokens()) {
            if (!token.pos().equals("DT") && !token.pos().equals("POS") && !token.word().equals(",")) {
                named[token.index()] = namedAt(token.span()).orElse(null);
            }
        }
    }

    private Optional<Entity> namedAt(Span span) {
        return index.at(span).filter(e -> e.mentions().stream()
                .anyMatch(m -> !m.extractor().startsWith(COREF) && m.span().overlaps(span)));
    }

    public Sentence sentence() {
        return sentence;
    }

    public int size() {
        return named.length;
    }

    public Token token(int i) {
        return sentence.tokens().get(i);
    }

    public String word(int i) {
        return i >= 0 && i < named.length ? sentence.tokens().get(i).word() : "";
    }

    public String lower(int i) {
        return word(i).toLowerCase(Locale.ROOT);
    }

    public String pos(int i) {
        return i >= 0 && i < named.length ? sentence.tokens().get(i).pos() : "";
    }

    public String ner(int i) {
        return sentence.tokens().get(i).ner();
    }

    /** The entity this token is part of the name of, if any. */
    public Optional<Entity> named(int i) {
        return i >= 0 && i < named.length ? Optional.ofNullable(named[i]) : Optional.empty();
    }

    public boolean isNamed(int i, TopType type) {
        return named(i).map(e -> e.type().top() == type).orElse(false);
    }

    /** The run of tokens around {@code i} that name the same entity as {@code i}. */
    public Run run(int i) {
        Entity entity = named[i];
        int begin = i;
        int end = i + 1;
        while (begin > 0 && named[begin - 1] == entity) {
            begin--;
        }
        while (end < named.length && named[end] == entity) {
            end++;
        }
        return new Run(begin, end, entity);
    }

    /** Every run of tokens naming a person, in order. */
    public List<Run> personRuns() {
        List<Run> runs = new ArrayList<>();
        for (int i = 0; i < named.length; i++) {
            if (isNamed(i, TopType.PERSON)) {
                Run run = run(i);
                runs.add(run);
                i = run.end() - 1;
            }
        }
        return runs;
    }

    /** The person a token names, or that a personal pronoun refers to through coreference. */
    public Optional<Entity> person(int i) {
        if (isNamed(i, TopType.PERSON)) {
            return named(i);
        }
        if (PERSONAL_PRONOUNS.contains(lower(i))) {
            return index.at(token(i).span()).filter(e -> e.type().top() == TopType.PERSON);
        }
        return Optional.empty();
    }

    /** The entity with this key, if the article names it. */
    public Optional<Entity> entity(String key) {
        return index.byKey(key);
    }

    /** The person a possessive or personal pronoun refers to, when coreference resolved it to a person. */
    public Optional<Entity> resolvedPronoun(int i) {
        return index.at(token(i).span()).filter(e -> e.type().top() == TopType.PERSON);
    }

    /** The entity coreference resolved the phrase {@code [begin, end)} to, as a whole ("his father"). */
    public Optional<Entity> resolvedPhrase(int begin, int end) {
        return index.resolvedExactly(span(begin, end));
    }

    /** The organization a description such as "the company" refers to through coreference, if any. */
    public Optional<Entity> corefOrganization(int begin, int end) {
        return index.at(span(begin, end)).filter(e -> e.type().top() == TopType.ORGANIZATION);
    }

    /** The place the article names by one of these names ("Mexico" for "Mexican"), if any. */
    public Optional<Entity> place(List<String> names) {
        if (names.isEmpty()) {
            return Optional.empty();
        }
        return index.namedBefore(Integer.MAX_VALUE, TopType.PLACE).stream()
                .filter(e -> e.names().stream().anyMatch(n -> names.stream().anyMatch(n::equalsIgnoreCase)))
                .findFirst();
    }

    public List<Dependency> children(int i) {
        return sentence.children(i);
    }

    public List<Dependency> heads(int i) {
        return sentence.dependencies().stream().filter(d -> d.dependent() == i).toList();
    }

    public Optional<Dependency> head(int i, String relationPrefix) {
        return heads(i).stream().filter(d -> d.relation().startsWith(relationPrefix)).findFirst();
    }

    public Span span(int begin, int end) {
        return new Span(token(begin).span().begin(), token(end - 1).span().end());
    }

    /** The text of tokens {@code [begin, end)} as written, on one line. */
    public String text(int begin, int end) {
        return span(begin, end).of(body).replaceAll("\\s+", " ");
    }

    public static boolean isCapitalized(String word) {
        return !word.isEmpty() && Character.isUpperCase(word.codePointAt(0));
    }
}
