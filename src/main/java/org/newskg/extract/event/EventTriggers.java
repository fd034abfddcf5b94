package org.newskg.extract.event;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.newskg.extract.Lexicon;
import org.newskg.extract.SentenceView;
import org.newskg.nlp.Dependency;

/**
 * What a trigger is: the event type the lexicon ({@code event-triggers.txt}) gives a verb or noun, with its particle
 * ("step down"), and the words around it that name what it acts on. Stateless.
 */
final class EventTriggers {
    static final String OCCURRENCE = "Occurrence";
    static final Map<String, String> TRIGGERS = Lexicon.loadTable("event-triggers.txt");
    static final Set<String> SPEECH_TYPES = Set.of("Statement", "Interview", "Post");
    private static final Set<String> PARTICLES = Set.of("down", "aside", "up", "over", "off", "away", "back", "out");

    private EventTriggers() {
    }

    /** The type the lexicon gives a token's lemma, with its particle when it has one ("step down"). */
    static Optional<String> triggerType(SentenceView view, int i) {
        String lemma = view.token(i).lemma().toLowerCase(Locale.ROOT);
        String partOfSpeech = view.token(i).pos().startsWith("NN") ? "/n" : view.token(i).pos().startsWith("VB")
                ? "/v" : "";
        return Optional.ofNullable(TRIGGERS.get(lemmaWithParticle(view, i)))
                .or(() -> Optional.ofNullable(TRIGGERS.get(lemma + partOfSpeech)))
                .or(() -> Optional.ofNullable(TRIGGERS.get(lemma)));
    }

    static String lemmaWithParticle(SentenceView view, int i) {
        String lemma = view.token(i).lemma().toLowerCase(Locale.ROOT);
        return view.children(i).stream().filter(d -> d.dependent() == i + 1 && (d.relation().equals("compound:prt")
                        || d.relation().equals("advmod")) && PARTICLES.contains(view.lower(d.dependent())))
                .findFirst().map(d -> lemma + " " + view.lower(d.dependent())).orElse(lemma);
    }

    static String type(SentenceView view, int trigger, Optional<Integer> object) {
        Optional<String> objectType = object.map(o -> TRIGGERS.get(view.token(o).lemma().toLowerCase(Locale.ROOT)));
        String own = triggerType(view, trigger).orElse(null);
        if (own != null && !(own.equals("Statement") && objectType.isPresent())) {
            return own;
        }
        Optional<String> subjectType = subjectNoun(view, trigger)
                .map(n -> TRIGGERS.get(view.token(n).lemma().toLowerCase(Locale.ROOT)));
        return objectType.or(() -> Optional.ofNullable(own)).or(() -> subjectType).orElse(OCCURRENCE);
    }

    /** The common noun subject of a verb ("the breakthrough occurred"), if it has one. */
    static Optional<Integer> subjectNoun(SentenceView view, int trigger) {
        return view.children(trigger).stream().filter(d -> d.relation().equals("nsubj") && d.dependent() < trigger)
                .map(Dependency::dependent).filter(n -> view.token(n).pos().equals("NN") && view.named(n).isEmpty())
                .findFirst();
    }

    /** What the trigger acts on: a verb's object (or passive subject), a noun's "of" complement. */
    static Optional<Integer> object(SentenceView view, int trigger) {
        for (String relation : List.of("obj", "xcomp", "nsubj:pass", "nmod:of", "obl:of")) {
            for (Dependency d : view.children(trigger)) {
                boolean passiveSubject = relation.equals("nsubj:pass");
                if (d.relation().equals(relation) && (d.dependent() > trigger || passiveSubject)) {
                    return Optional.of(d.dependent());
                }
            }
        }
        return Optional.empty();
    }

    /** A verb's particle or first prepositional complement right after it, for the label ("ended in hung juries"). */
    static Optional<Integer> complement(SentenceView view, int trigger) {
        return view.children(trigger).stream().filter(d -> d.dependent() > trigger && d.dependent() <= trigger + 3)
                .filter(d -> d.relation().equals("compound:prt") || d.relation().matches("obl:(in|into|from|to)"))
                .filter(d -> Set.of("O", "LOCATION", "CITY", "COUNTRY", "STATE_OR_PROVINCE", "ORGANIZATION")
                        .contains(view.token(d.dependent()).ner()))
                .map(Dependency::dependent).min(Integer::compare);
    }
}
