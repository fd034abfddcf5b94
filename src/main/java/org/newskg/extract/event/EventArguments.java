package org.newskg.extract.event;

import static org.newskg.extract.event.EventTriggers.SPEECH_TYPES;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.newskg.extract.Entity;
import org.newskg.extract.EntityType.TopType;
import org.newskg.extract.Lexicon;
import org.newskg.extract.Participant;
import org.newskg.extract.Quotation;
import org.newskg.extract.SentenceView;
import org.newskg.nlp.Dependency;
import org.newskg.nlp.Token;

/**
 * Who and where of an event: its place (a named place it is "in" or "at") and its participants (named entities,
 * resolved pronouns, organizations a referring noun stands for, or a counted group). Stateless.
 */
final class EventArguments {
    static final int MAX_LABEL_TOKENS = 6;
    private static final Set<String> VICTIM_TYPES = Set.of("Killing", "Attack");
    private static final Lexicon ORGANIZATION_REFERENCES = Lexicon.load("organization-references.txt");
    /** Where an event happened: "in Osterby", "at the border", "in a raid in Osterby". */
    private static final String WHERE = "(obl|nmod):(in|at|near|outside|inside|across|into)";
    /** Number words CoreNLP leaves as words: "nine tourists". */
    private static final List<String> SMALL_NUMBERS = List.of("zero", "one", "two", "three", "four", "five", "six",
            "seven", "eight", "nine", "ten", "eleven", "twelve");

    private EventArguments() {
    }

    /** The place the trigger or its object is "in" or "at", if the article names it as a place. */
    static Optional<String> place(SentenceView view, int trigger, Optional<Integer> object) {
        List<Integer> heads = new ArrayList<>(List.of(trigger));
        object.ifPresent(heads::add);
        for (int head : heads) {
            for (Dependency d : view.children(head)) {
                if (d.relation().matches(WHERE)) {
                    Optional<Entity> place = placeAround(view, d.dependent()).or(() -> view.children(d.dependent())
                            .stream().filter(inner -> inner.relation().matches(WHERE))
                            .map(inner -> placeAround(view, inner.dependent())).flatMap(Optional::stream).findFirst());
                    if (place.isPresent()) {
                        return place.map(Entity::key);
                    }
                }
            }
        }
        return Optional.empty();
    }

    static List<Participant> participants(SentenceView view, int trigger, Optional<Integer> object, String type) {
        List<Participant> result = new ArrayList<>();
        for (Dependency d : view.children(trigger)) {
            if (d.relation().equals("nsubj") || d.relation().equals("obl:agent") || d.relation().equals("obl:by")) {
                Participant.Role role = SPEECH_TYPES.contains(type) ? Participant.Role.SPEAKER
                        : type.equals("Death") ? Participant.Role.PATIENT : Participant.Role.AGENT;
                participant(view, d.dependent(), role).ifPresent(result::add);
            }
        }
        object.flatMap(o -> participant(view, o, VICTIM_TYPES.contains(type) ? Participant.Role.VICTIM
                : Participant.Role.PATIENT)).ifPresent(result::add);
        return result;
    }

    /**
     * The participant at a token: a named entity, a pronoun coreference resolved, an organization a referring noun
     * stands for ("the company"), or else the group the noun describes, with its count ("nine fishermen").
     */
    static Optional<Participant> participant(SentenceView view, int i, Participant.Role role) {
        if (inDateline(view, i)) {
            return Optional.empty();
        }
        boolean pronoun = view.pos(i).startsWith("PRP");
        boolean orgReference = ORGANIZATION_REFERENCES.contains(view.token(i).lemma().toLowerCase(Locale.ROOT));
        Optional<Entity> entity = view.named(i)
                .or(() -> pronoun ? view.resolvedPronoun(i) : Optional.empty())
                .or(() -> orgReference ? view.corefOrganization(i, i + 1) : Optional.empty())
                .filter(e -> e.type().top() != TopType.PLACE || role == Participant.Role.AGENT);
        if (entity.isPresent()) {
            return Optional.of(new Participant(Optional.of(entity.get().key()), Optional.empty(), role,
                    Optional.empty()));
        }
        if (!view.pos(i).startsWith("NN")) {
            return Optional.empty();
        }
        List<Integer> counts = view.children(i).stream().filter(d -> d.relation().equals("nummod")
                && d.dependent() < i).map(Dependency::dependent).toList();
        Optional<Integer> count = counts.stream().map(n -> number(view.token(n))).flatMap(Optional::stream)
                .findFirst();
        int begin = i;
        for (Dependency d : view.children(i)) {
            if (d.dependent() < begin && Set.of("compound", "amod", "nummod").contains(d.relation())) {
                begin = d.dependent();
            }
        }
        if (count.isPresent()) {
            begin = Math.max(begin, counts.stream().mapToInt(Integer::intValue).max().orElse(begin - 1) + 1);
        }
        int end = designatorEnd(view, i);
        return Optional.of(new Participant(Optional.empty(), Optional.of(view.text(begin, end)), role, count));
    }

    /** A place named at the token or in its compound or "of" dependents ("northern Valdoria"). */
    static Optional<Entity> placeAround(SentenceView view, int i) {
        Optional<Entity> here = view.named(i).filter(e -> e.type().top() == TopType.PLACE);
        if (here.isPresent()) {
            return here;
        }
        for (Dependency d : view.children(i)) {
            if (Set.of("compound", "amod", "nmod:of").contains(d.relation())) {
                Optional<Entity> place = view.named(d.dependent()).filter(e -> e.type().top() == TopType.PLACE);
                if (place.isPresent()) {
                    return place;
                }
            }
        }
        return Optional.empty();
    }

    /**
     * After the noun at {@code i}, the end of the number that designates it ("bridge 1001", "number one"): a number
     * after its noun is part of the name, not a count, which comes before it ("nine fishermen").
     */
    static int designatorEnd(SentenceView view, int i) {
        Set<Integer> numbers = new HashSet<>();
        view.children(i).stream().filter(d -> d.relation().equals("nummod")).forEach(d -> numbers.add(d.dependent()));
        int end = i + 1;
        while (numbers.contains(end)) {
            end++;
        }
        return end;
    }

    /** "OSTERBY (Reuters) -": a capitalized place line before the dash that opens a story is not a participant. */
    static boolean inDateline(SentenceView view, int i) {
        String word = view.word(i);
        if (!word.equals(word.toUpperCase(Locale.ROOT)) || word.length() < 2) {
            return false;
        }
        for (int j = i + 1; j < Math.min(view.size(), i + 6); j++) {
            if (Set.of("-", "--", "—", "–", "|").contains(view.word(j))) {
                return true;
            }
        }
        return false;
    }

    /** The end of the noun phrase a token heads, through its modifiers and "of" complements. */
    static int phraseEnd(SentenceView view, int head) {
        int end = head + 1;
        for (Dependency d : view.children(head)) {
            if (d.dependent() >= end && Set.of("compound", "amod", "nmod:of", "nummod", "det", "case",
                    "nmod:poss").contains(d.relation()) && d.dependent() - head <= MAX_LABEL_TOKENS) {
                end = Math.max(end, phraseEnd(view, d.dependent()));
            }
        }
        return end;
    }

    static Optional<Integer> number(Token token) {
        String word = token.word().toLowerCase(Locale.ROOT).replace(",", "");
        if (word.matches("\\d+")) {
            return Optional.of(Integer.parseInt(word));
        }
        int index = SMALL_NUMBERS.indexOf(word);
        return index >= 0 ? Optional.of(index) : Optional.empty();
    }

    /** The quotation attributed in this sentence, if exactly one is. */
    static Optional<Integer> quotationOf(SentenceView view, List<Quotation> quotations) {
        List<Integer> found = new ArrayList<>();
        for (int i = 0; i < quotations.size(); i++) {
            if (quotations.get(i).evidence().sentenceIndex() == view.sentence().index()) {
                found.add(i);
            }
        }
        return found.size() == 1 ? Optional.of(found.get(0)) : Optional.empty();
    }
}
