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
import org.newskg.extract.Evidence;
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
    private static final Set<String> FEMALE = Set.of("she", "her", "hers", "herself");
    private static final Set<String> MALE = Set.of("he", "him", "his", "himself");
    private static final int CLIMB_LEVELS = 3;

    private final Lexicon speechVerbs = Lexicon.load("speech-verbs.txt");
    private final Lexicon media = Lexicon.load("speech-media.txt");
    private final Lexicon containers = Lexicon.load("speech-containers.txt");

    private final AnnotatedArticle article;
    private final EntityIndex entities;
    private final IntPredicate quoted;

    SpeakerFinder(AnnotatedArticle article, EntityIndex entities, IntPredicate quoted) {
        this.article = article;
        this.entities = entities;
        this.quoted = quoted;
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

    Attribution attribute(Sentence sentence, int verbIndex) {
        Token verb = sentence.tokens().get(verbIndex);
        boolean accordingTo = verb.word().equalsIgnoreCase("according");
        String lemma = accordingTo ? "according to" : verb.lemma().toLowerCase(Locale.ROOT);
        Optional<Resolved> speaker = accordingTo ? accordingToSpeaker(sentence, verbIndex)
                : subject(sentence, verbIndex);
        return new Attribution(speaker.map(Resolved::entity), Optional.of(lemma), verb.span().begin(),
                sentence.index(), audience(sentence, verbIndex), date(sentence, verbIndex),
                speaker.map(Resolved::rule).orElse("verb-without-speaker"),
                speaker.map(Resolved::confidence).orElse(0.3));
    }

    private Optional<Resolved> subject(Sentence sentence, int verbIndex) {
        int current = verbIndex;
        for (int level = 0; level <= CLIMB_LEVELS && current >= 0; level++) {
            for (Dependency edge : sentence.children(current)) {
                if (edge.relation().equals("nsubj") || edge.relation().equals("nsubj:xsubj")) {
                    Optional<Resolved> resolved = resolve(sentence, edge.dependent());
                    if (resolved.isPresent()) {
                        return resolved;
                    }
                }
            }
            Optional<Dependency> head = sentence.headEdge(current);
            if (head.isEmpty() || !CLIMB.contains(head.get().relation())) {
                break;
            }
            current = head.get().governor();
        }
        return Optional.empty();
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
    private Optional<Resolved> resolve(Sentence sentence, int tokenIndex) {
        Token token = sentence.tokens().get(tokenIndex);
        if (token.pos().startsWith("PRP")) {
            Optional<Entity> viaCoref = speakerAt(token.span());
            if (viaCoref.isPresent()) {
                return Optional.of(new Resolved(viaCoref.get(), "pronoun-coref", 0.8));
            }
            return lastPersonNamed(token).map(e -> new Resolved(e, "pronoun-recency", 0.6));
        }
        Optional<Entity> named = speakerAt(subtreeSpan(sentence, tokenIndex, true));
        if (named.isPresent()) {
            return Optional.of(new Resolved(named.get(), "subject", 0.9));
        }
        if (containers.contains(token.lemma())) {
            for (Dependency child : sentence.children(tokenIndex)) {
                if (child.relation().startsWith("nmod:poss") || child.relation().startsWith("nmod")) {
                    Optional<Entity> author = speakerAt(sentence.tokens().get(child.dependent()).span());
                    if (author.isPresent()) {
                        return Optional.of(new Resolved(author.get(), "message-author", 0.8));
                    }
                }
            }
        }
        return Optional.empty();
    }

    private Optional<Entity> speakerAt(Span span) {
        return entities.at(span).filter(e -> e.type().top() != EntityType.TopType.PLACE);
    }

    /** The person named last before the pronoun outside quotations, whose pronouns do not contradict it. */
    private Optional<Entity> lastPersonNamed(Token pronoun) {
        String word = pronoun.word().toLowerCase(Locale.ROOT);
        for (EntityIndex.Mentioned named : entities.namesBefore(pronoun.span().begin(),
                EntityType.TopType.PERSON)) {
            if (quoted.test(named.span().begin())) {
                continue;
            }
            Gender gender = gender(named.entity());
            boolean contradicts = FEMALE.contains(word) && gender == Gender.MALE
                    || MALE.contains(word) && gender == Gender.FEMALE;
            if (!contradicts) {
                return Optional.of(named.entity());
            }
        }
        return Optional.empty();
    }

    private static Gender gender(Entity entity) {
        long female = entity.mentions().stream().map(Evidence::text).map(t -> t.toLowerCase(Locale.ROOT))
                .filter(FEMALE::contains).count();
        long male = entity.mentions().stream().map(Evidence::text).map(t -> t.toLowerCase(Locale.ROOT))
                .filter(MALE::contains).count();
        return female > male ? Gender.FEMALE : male > female ? Gender.MALE : Gender.UNKNOWN;
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

    private enum Gender { MALE, FEMALE, UNKNOWN }

    private record Resolved(Entity entity, String rule, double confidence) {
    }
}
