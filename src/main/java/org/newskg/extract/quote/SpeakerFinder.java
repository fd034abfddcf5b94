package org.newskg.extract.quote;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.IntPredicate;
import org.newskg.extract.Entity;
import org.newskg.extract.EntityIndex;
import org.newskg.extract.EntityType;
import org.newskg.extract.Lexicon;
import org.newskg.nlp.AnnotatedArticle;
import org.newskg.nlp.Dependency;
import org.newskg.nlp.Sentence;
import org.newskg.nlp.Span;
import org.newskg.nlp.TimeExpression;
import org.newskg.nlp.Token;

/**
 * Reads the attribution of a sentence over its dependency parse: the speech verb outside the quoted words, its
 * subject (a name, or a pronoun resolved by coreference or, failing that, by the last person named), the audience
 * ("told Y", "on Twitter", "in an interview with Y") and the date of the speech act.
 */
final class SpeakerFinder {
    private static final Set<String> CLIMB = Set.of("advcl", "xcomp", "conj", "ccomp", "parataxis", "acl",
            "acl:relcl", "dep");
    private static final int CLIMB_LEVELS = 3;

    private final Lexicon speechVerbs = Lexicon.load("speech-verbs.txt");
    private final Lexicon media = Lexicon.load("speech-media.txt");
    private final Lexicon containers = Lexicon.load("speech-containers.txt");

    private final AnnotatedArticle article;
    private final EntityIndex entities;
    private final IntPredicate quoted;
    private final PronounSpeaker pronouns;

    SpeakerFinder(AnnotatedArticle article, EntityIndex entities, IntPredicate quoted) {
        this.article = article;
        this.entities = entities;
        this.quoted = quoted;
        this.pronouns = new PronounSpeaker(article, entities, quoted);
    }

    /** Speech verbs of the sentence outside quoted text, as token indexes. */
    List<Integer> speechVerbs(Sentence sentence) {
        List<Integer> verbs = new ArrayList<>();
        for (Token token : sentence.tokens()) {
            if (quoted.test(token.span().begin())) {
                continue;
            }
            boolean verb = token.pos().startsWith("VB") && speechVerbs.contains(token.lemma());
            boolean accordingTo = token.word().equalsIgnoreCase("according") && token.index() + 1 < sentence.tokens()
                    .size() && sentence.tokens().get(token.index() + 1).word().equalsIgnoreCase("to");
            if (verb || accordingTo) {
                verbs.add(token.index());
            }
        }
        return verbs;
    }

    /**
     * The attribution a speech verb gives.
     *
     * @param quote   the quotation being attributed, if any: a pronoun never stands for someone named inside it
     * @param earlier the attributions before this one, in text order: "he said" right after "X said" is X
     */
    Attribution attribute(Sentence sentence, int verbIndex, Optional<Span> quote, List<Attribution> earlier) {
        Token verb = sentence.tokens().get(verbIndex);
        boolean accordingTo = verb.word().equalsIgnoreCase("according");
        String lemma = accordingTo ? "according to" : verb.lemma().toLowerCase(Locale.ROOT);
        Context context = new Context(quote, earlier);
        Optional<Resolved> speaker = accordingTo ? accordingToSpeaker(sentence, verbIndex)
                : subject(sentence, verbIndex, context);
        return new Attribution(speaker.map(Resolved::entity), Optional.of(lemma), verb.span().begin(),
                sentence.index(), audience(sentence, verbIndex), date(sentence, verbIndex),
                speaker.map(Resolved::rule).orElse("verb-without-speaker"),
                speaker.map(Resolved::confidence).orElse(0.3));
    }

    private Optional<Resolved> subject(Sentence sentence, int verbIndex, Context context) {
        int current = verbIndex;
        for (int level = 0; level <= CLIMB_LEVELS && current >= 0; level++) {
            boolean quotedAs = sentence.tokens().get(current).lemma().equals("quote");
            for (Dependency edge : sentence.children(current)) {
                boolean subject = edge.relation().equals("nsubj") || edge.relation().equals("nsubj:xsubj")
                        || quotedAs && edge.relation().equals("nsubj:pass");
                if (subject) {
                    Optional<Resolved> resolved = resolve(sentence, edge.dependent(), context);
                    if (resolved.isPresent()) {
                        return resolved;
                    }
                }
            }
            Optional<Dependency> head = sentence.headEdge(current);
            if (head.isEmpty() || !CLIMB.contains(baseRelation(head.get().relation()))) {
                break;
            }
            current = head.get().governor();
        }
        return invertedDescription(sentence, verbIndex);
    }

    /** "said the veteran coach Ana Ruiz", parsed with the description as the verb's complement, not its subject. */
    private Optional<Resolved> invertedDescription(Sentence sentence, int verbIndex) {
        for (Dependency edge : sentence.children(verbIndex)) {
            String relation = baseRelation(edge.relation());
            if (edge.dependent() > verbIndex && (relation.equals("xcomp") || relation.equals("dep"))) {
                Optional<Entity> person = personIn(sentence, edge.dependent());
                if (person.isPresent()) {
                    return Optional.of(new Resolved(person.get(), "inverted-description", 0.7));
                }
            }
        }
        return Optional.empty();
    }

    /** "advcl:as" is an "advcl": enhanced relations carry their case marker after a colon. */
    private static String baseRelation(String relation) {
        int colon = relation.indexOf(':');
        return colon < 0 || relation.startsWith("acl:relcl") ? relation : relation.substring(0, colon);
    }

    /** How many edges lie between the token and the sentence root, following first heads. */
    int depth(Sentence sentence, int tokenIndex) {
        int depth = 0;
        int current = tokenIndex;
        java.util.Set<Integer> seen = new java.util.HashSet<>();
        while (current >= 0 && seen.add(current)) {
            Optional<Dependency> head = sentence.headEdge(current);
            if (head.isEmpty()) {
                break;
            }
            current = head.get().governor();
            depth++;
        }
        return depth;
    }

    private Optional<Resolved> accordingToSpeaker(Sentence sentence, int accordingIndex) {
        int from = accordingIndex + 2;
        for (int i = from; i < sentence.tokens().size() && i < from + 8; i++) {
            Token token = sentence.tokens().get(i);
            if (quoted.test(token.span().begin())) {
                break;
            }
            Optional<Entity> entity = speakerAt(token.span());
            if (entity.isPresent()) {
                return Optional.of(new Resolved(entity.get(), "according-to", 0.85));
            }
        }
        return Optional.empty();
    }

    /** The entity a subject token stands for: a name, a pronoun, or a message whose author is named. */
    private Optional<Resolved> resolve(Sentence sentence, int tokenIndex, Context context) {
        Token token = sentence.tokens().get(tokenIndex);
        if (token.pos().startsWith("PRP")) {
            return pronouns.resolve(token, context);
        }
        Optional<Entity> named = speakerAt(token.span())
                .or(() -> speakerAt(subtreeSpan(sentence, tokenIndex, true)))
                .or(() -> personIn(sentence, tokenIndex));
        if (named.isPresent()) {
            return Optional.of(new Resolved(named.get(), "subject", 0.9));
        }
        if (containers.contains(token.lemma())) {
            for (Dependency child : sentence.children(tokenIndex)) {
                if (child.relation().startsWith("nmod")) {
                    Optional<Entity> author = speakerAt(sentence.tokens().get(child.dependent()).span());
                    if (author.isPresent()) {
                        return Optional.of(new Resolved(author.get(), "message-author", 0.8));
                    }
                }
            }
        }
        return Optional.empty();
    }

    /**
     * "said former Lyon and Porto great Duarte": the person named inside a descriptive subject, but not its
     * possessor ("Ferrante's lawyer" is not Ferrante).
     */
    private Optional<Entity> personIn(Sentence sentence, int head) {
        Span span = subtreeSpan(sentence, head, false);
        java.util.Set<Integer> possessors = new java.util.HashSet<>();
        for (Dependency child : sentence.children(head)) {
            if (child.relation().equals("nmod:poss")) {
                Span possessor = subtreeSpan(sentence, child.dependent(), false);
                sentence.tokens().stream().filter(t -> possessor.contains(t.span()))
                        .forEach(t -> possessors.add(t.index()));
            }
        }
        return sentence.tokens().stream().filter(t -> span.contains(t.span()) && !possessors.contains(t.index()))
                .map(t -> entities.at(t.span())).flatMap(Optional::stream)
                .filter(e -> e.type().top() == EntityType.TopType.PERSON).findFirst();
    }

    /** The person or organization whose name ends this span: "Mayor Ingrid Solberg" is Ingrid Solberg. */
    Optional<Entity> speakerNamed(Span span) {
        return speakerAt(span).filter(e -> e.mentions().stream()
                .anyMatch(m -> m.span().end() == span.end() && span.contains(m.span())));
    }

    private Optional<Entity> speakerAt(Span span) {
        return entities.at(span).filter(e -> e.type().top() != EntityType.TopType.PLACE);
    }

    private Optional<String> audience(Sentence sentence, int verbIndex) {
        for (Dependency edge : sentence.children(verbIndex)) {
            Token dependent = sentence.tokens().get(edge.dependent());
            if (quoted.test(dependent.span().begin())) {
                continue;
            }
            boolean told = edge.relation().equals("obj") || edge.relation().equals("iobj");
            boolean medium = edge.relation().startsWith("obl") && media.contains(dependent.word());
            boolean interview = edge.relation().startsWith("obl") && dependent.lemma().equals("interview");
            if (told && !dependent.pos().startsWith("PRP") || medium) {
                return Optional.of(phrase(sentence, edge.dependent()));
            }
            if (interview) {
                for (Dependency with : sentence.children(edge.dependent())) {
                    if (with.relation().startsWith("nmod")) {
                        return Optional.of(phrase(sentence, with.dependent()));
                    }
                }
            }
        }
        return Optional.empty();
    }

    private String phrase(Sentence sentence, int head) {
        Span span = subtreeSpan(sentence, head, false);
        String text = article.body().substring(span.begin(), span.end());
        return text.replaceAll("^(?i)(the|a|an)\\s+", "").strip();
    }

    /** The span of a token and its dependents, without case markers, time words or quoted text. */
    private Span subtreeSpan(Sentence sentence, int head, boolean nameOnly) {
        int begin = head;
        int end = head;
        List<Integer> stack = new ArrayList<>(List.of(head));
        java.util.Set<Integer> seen = new java.util.HashSet<>(stack);
        while (!stack.isEmpty()) {
            int node = stack.remove(stack.size() - 1);
            for (Dependency child : sentence.children(node)) {
                if (!seen.add(child.dependent())) {
                    continue;
                }
                Token token = sentence.tokens().get(child.dependent());
                boolean keep = nameOnly ? child.relation().startsWith("compound") || child.relation().equals("flat")
                        : !child.relation().equals("case") && !child.relation().startsWith("punct")
                        && !child.relation().equals("obl:tmod") && !token.ner().matches("DATE|TIME")
                        && !quoted.test(token.span().begin());
                if (keep) {
                    begin = Math.min(begin, child.dependent());
                    end = Math.max(end, child.dependent());
                    stack.add(child.dependent());
                }
            }
        }
        return new Span(sentence.tokens().get(begin).span().begin(), sentence.tokens().get(end).span().end());
    }

    /** The date of the speech act: a day, month or year stated in the attribution, outside the quotation. */
    private Optional<String> date(Sentence sentence, int verbIndex) {
        int verbOffset = sentence.tokens().get(verbIndex).span().begin();
        return article.times().stream()
                .filter(t -> t.sentenceIndex() == sentence.index() && !quoted.test(t.span().begin()))
                .filter(t -> t.value().matches("\\d{4}(-\\d{2}(-\\d{2})?)?"))
                .min(java.util.Comparator.comparingInt((TimeExpression t) ->
                        Math.abs(t.span().begin() - verbOffset)))
                .map(TimeExpression::value);
    }

    record Context(Optional<Span> quote, List<Attribution> earlier) {
    }

    record Resolved(Entity entity, String rule, double confidence) {
    }
}
