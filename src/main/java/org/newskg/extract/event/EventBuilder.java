package org.newskg.extract.event;

import static org.newskg.extract.event.EventArguments.MAX_LABEL_TOKENS;
import static org.newskg.extract.event.EventArguments.participants;
import static org.newskg.extract.event.EventArguments.phraseEnd;
import static org.newskg.extract.event.EventArguments.place;
import static org.newskg.extract.event.EventArguments.quotationOf;
import static org.newskg.extract.event.EventTriggers.OCCURRENCE;
import static org.newskg.extract.event.EventTriggers.SPEECH_TYPES;
import static org.newskg.extract.event.EventTriggers.TRIGGERS;
import static org.newskg.extract.event.EventTriggers.complement;
import static org.newskg.extract.event.EventTriggers.object;
import static org.newskg.extract.event.EventTriggers.subjectNoun;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.newskg.extract.Event;
import org.newskg.extract.EventDate;
import org.newskg.extract.Evidence;
import org.newskg.extract.Participant;
import org.newskg.extract.Quotation;
import org.newskg.extract.SentenceView;
import org.newskg.nlp.Dependency;
import org.newskg.nlp.Sentence;

/**
 * The event at a trigger word: its label (the trigger with what it acts on, "murder of nine tourists"), place,
 * participants and, for a speech act, the quotation of its sentence. Stateless.
 */
final class EventBuilder {
    private EventBuilder() {
    }

    /**
     * The event of type {@code type} at {@code trigger}, dated {@code date}, its evidence naming {@code rule}.
     */
    static Event event(SentenceView view, int trigger, String type, Optional<EventDate> date,
                       List<Quotation> quotations, String rule, double confidence) {
        Optional<Integer> object = object(view, trigger);
        int labelEnd = object.or(() -> complement(view, trigger))
                .map(o -> Math.min(phraseEnd(view, o), trigger + MAX_LABEL_TOKENS)).orElse(trigger + 1);
        if (!view.token(trigger).pos().startsWith("VB")) {
            labelEnd = Math.min(phraseEnd(view, trigger), trigger + MAX_LABEL_TOKENS);
        }
        labelEnd = Math.max(labelEnd, trigger + 1);
        for (Dependency d : view.children(trigger)) {
            boolean setting = d.relation().matches("obl:(at|during)") && d.dependent() > labelEnd
                    && d.dependent() - labelEnd <= 4 && view.token(d.dependent()).ner().matches("O|ORGANIZATION|MISC");
            if (setting) {
                labelEnd = Math.min(phraseEnd(view, d.dependent()), trigger + 2 * MAX_LABEL_TOKENS);
            }
        }
        while (labelEnd - 1 > trigger && view.pos(labelEnd - 1).equals("POS")) {
            labelEnd--;
        }
        int labelBegin = trigger;
        boolean intransitive = object.isEmpty() && labelEnd == trigger + 1 && type.equals(OCCURRENCE)
                || object.isEmpty() && view.token(trigger).pos().startsWith("VB") && !TRIGGERS.containsKey(
                        view.token(trigger).lemma().toLowerCase(Locale.ROOT));
        if (intransitive) {
            labelBegin = subjectNoun(view, trigger).filter(n -> trigger - n <= 3).orElse(trigger);
        }
        String label = view.text(labelBegin, labelEnd);
        Optional<String> place = place(view, trigger, object);
        List<Participant> participants = participants(view, trigger, object, type);
        Optional<Integer> quotation = SPEECH_TYPES.contains(type) ? quotationOf(view, quotations) : Optional.empty();
        Sentence sentence = view.sentence();
        Evidence evidence = new Evidence(sentence.index(), sentence.text(), view.span(labelBegin, labelEnd), label,
                rule, confidence);
        return new Event(type, label, date, place, participants, quotation, evidence);
    }
}
