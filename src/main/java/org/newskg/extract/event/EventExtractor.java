package org.newskg.extract.event;

import static org.newskg.extract.event.DateAnchors.anchor;
import static org.newskg.extract.event.DateAnchors.rangeEnd;
import static org.newskg.extract.event.DateAnchors.rangeEndOf;
import static org.newskg.extract.event.DateAnchors.tense;
import static org.newskg.extract.event.DateAnchors.tokensIn;
import static org.newskg.extract.event.DateAnchors.typedNear;
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
import static org.newskg.extract.event.EventTriggers.triggerType;
import static org.newskg.extract.event.EventTriggers.type;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.newskg.extract.ArticleExtractor;
import org.newskg.extract.EntityIndex;
import org.newskg.extract.Event;
import org.newskg.extract.EventDate;
import org.newskg.extract.Evidence;
import org.newskg.extract.ExtractionContext;
import org.newskg.extract.ExtractionException;
import org.newskg.extract.Found;
import org.newskg.extract.Output;
import org.newskg.extract.Participant;
import org.newskg.extract.Quotation;
import org.newskg.extract.SentenceView;
import org.newskg.nlp.AnnotatedArticle;
import org.newskg.nlp.Dependency;
import org.newskg.nlp.Sentence;
import org.newskg.nlp.TimeExpression;
import org.newskg.nlp.Token;

/**
 * Events, read where the text dates something: each day, month or year that SUTime resolved is followed up the
 * dependency parse to the verb or event noun it modifies ("arrested on Tuesday", "the murder ... Monday", "an April
 * 2018 interview"). The trigger's lemma gives the type ({@code event-triggers.txt}), its phrase the label; the place
 * and the participants are its dependents. Every quotation's speech act is an event too, dated when its sentence
 * dates it, and so is the article's own publication. Stateless and thread-safe.
 */
public final class EventExtractor implements ArticleExtractor {
    static final String DATED_RULE = "newskg-event-dated";
    static final String SPEECH_RULE = "newskg-event-speech";
    static final String PERFECT_RULE = "newskg-event-present-perfect";
    static final String PUBLICATION_RULE = "newskg-event-publication";

    /** Time expressions too vague or anaphoric to date an event: "that night", "a few months ago", "the past year". */
    private static final java.util.regex.Pattern VAGUE = java.util.regex.Pattern.compile(
            "(?i)^(that|those)\\b.*|.*\\b(few|several|some|past|recent)\\b.*");
    private static final Map<String, String> SPEECH_VERB_TYPES = Map.of("tweet", "Post", "post", "Post",
            "write", "Post", "tell", "Interview");

    public List<Event> extract(AnnotatedArticle article, EntityIndex entities, List<Quotation> quotations) {
        Optional<LocalDate> published = article.article().published().map(p -> p.toLocalDate());
        Map<String, Event> events = new LinkedHashMap<>();
        for (TimeExpression time : article.times()) {
            if (!time.timexType().equals("DATE") && !time.timexType().equals("TIME")) {
                continue;
            }
            if (VAGUE.matcher(time.text()).matches()) {
                continue;
            }
            if (time.sentenceIndex() < 0 || time.sentenceIndex() >= article.sentences().size()) {
                continue;
            }
            Sentence sentence = article.sentences().get(time.sentenceIndex());
            ExtractionException.inSentence(sentence, () -> dated(article, sentence, time, entities, quotations,
                    published, events));
        }
        for (Sentence sentence : article.sentences()) {
            ExtractionException.inSentence(sentence, () -> {
                SentenceView view = new SentenceView(sentence, article.body(), entities);
                for (Event dated : List.copyOf(events.values())) {
                    if (dated.evidence().sentenceIndex() == sentence.index()) {
                        simultaneous(view, dated, events, quotations);
                    }
                }
                published.flatMap(EventExtractor::day).ifPresent(day -> presentPerfect(view, day, events,
                        quotations));
            });
        }
        List<Event> result = new ArrayList<>(events.values());
        result.addAll(speechEvents(article, entities, quotations, result));
        publication(article).ifPresent(result::add);
        return result;
    }

    /** The event a time expression dates, if it dates one, added to {@code events} unless it is there already. */
    private static void dated(AnnotatedArticle article, Sentence sentence, TimeExpression time, EntityIndex entities,
                              List<Quotation> quotations, Optional<LocalDate> published, Map<String, Event> events) {
        SentenceView view = new SentenceView(sentence, article.body(), entities);
        int[] timeTokens = tokensIn(view, time.span());
        if (timeTokens.length == 0 || timeTokens[0] > 0
                && Set.of("that", "those").contains(view.lower(timeTokens[0] - 1))) {
            return;
        }
        Optional<Integer> anchor = anchor(view, timeTokens);
        if (anchor.isEmpty()) {
            return;
        }
        int trigger = typedNear(view, anchor.get());
        Optional<EventDate> date = EventDates.of(time.value(), time.text(), published, tense(view, trigger));
        if (date.isEmpty() || rangeEnd(view, timeTokens, article.times())) {
            return;
        }
        Optional<String> end = rangeEndOf(view, timeTokens, article.times(), time.sentenceIndex());
        if (end.isPresent()) {
            EventDate start = date.get();
            date = Optional.of(new EventDate(start.value(), end, start.inferred(),
                    start.expression() + " – " + end.get()));
        }
        String key = sentence.index() + ":" + trigger + ":" + date.get().value();
        if (!events.containsKey(key)) {
            events.put(key, event(view, trigger, date, quotations, DATED_RULE, 0.7));
        }
    }

    private static Optional<EventDate> day(LocalDate published) {
        String value = published.toString();
        return value.matches("\\d{4}-\\d{2}-\\d{2}")
                ? Optional.of(new EventDate(value, Optional.empty(), true, "Published at")) : Optional.empty();
    }

    /**
     * "... said on Sunday, as villagers buried their dead": in a sentence with one dated event, a typed trigger in
     * an as-, while- or when-clause happened at the same time.
     */
    private static void simultaneous(SentenceView view, Event dated, Map<String, Event> events,
                                     List<Quotation> quotations) {
        long datedInSentence = events.values().stream()
                .filter(e -> e.evidence().sentenceIndex() == view.sentence().index()).count();
        if (datedInSentence != 1) {
            return;
        }
        for (Dependency d : view.sentence().dependencies()) {
            int clause = d.dependent();
            boolean marked = d.relation().startsWith("advcl") && view.children(clause).stream()
                    .anyMatch(m -> m.relation().equals("mark")
                            && Set.of("as", "while", "when").contains(view.lower(m.dependent())));
            String key = view.sentence().index() + ":" + clause + ":" + dated.date().get().value();
            if (marked && triggerType(view, clause).isPresent() && !events.containsKey(key)) {
                events.put(key, event(view, clause, dated.date(), quotations, DATED_RULE, 0.6));
            }
        }
    }

    /**
     * "Floods have killed more than 490 people": a typed trigger in the present perfect, with no date of its own,
     * is the news of the day the article was published, unless the article dates an event of that type itself
     * ("has died" and "died on Monday"). Speech verbs and infinitives ("is believed to have taken over") are not.
     */
    private static void presentPerfect(SentenceView view, EventDate publication, Map<String, Event> events,
                                       List<Quotation> quotations) {
        for (Token token : view.sentence().tokens()) {
            int v = token.index();
            boolean perfect = token.pos().equals("VBN") && view.children(v).stream().anyMatch(d ->
                    d.relation().equals("aux") && Set.of("has", "have").contains(view.lower(d.dependent())));
            String keyPrefix = view.sentence().index() + ":" + v + ":";
            boolean dated = events.keySet().stream().anyMatch(k -> k.startsWith(keyPrefix));
            boolean infinitive = view.children(v).stream().anyMatch(d -> d.relation().equals("mark")
                    && view.lower(d.dependent()).equals("to"));
            Optional<String> type = triggerType(view, v).filter(t -> !SPEECH_TYPES.contains(t));
            boolean toldElsewhere = type.isPresent() && events.values().stream()
                    .anyMatch(e -> e.type().equals(type.get()) && e.date().isPresent());
            if (perfect && !dated && !infinitive && type.isPresent() && !toldElsewhere
                    && !insideQuotation(token, quotations)) {
                events.put(view.sentence().index() + ":" + v + ":" + publication.value(),
                        event(view, v, Optional.of(publication), quotations, PERFECT_RULE, 0.5));
            }
        }
    }

    private static boolean insideQuotation(Token token, List<Quotation> quotations) {
        return quotations.stream().anyMatch(q -> q.span().contains(token.span()));
    }

    private static Event event(SentenceView view, int trigger, Optional<EventDate> date, List<Quotation> quotations,
                               String rule, double confidence) {
        Optional<Integer> object = object(view, trigger);
        String type = type(view, trigger, object);
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

    /** A speech event for each quotation whose sentence gave no dated event of its own. */
    private static List<Event> speechEvents(AnnotatedArticle article, EntityIndex entities, List<Quotation> quotations,
                                            List<Event> dated) {
        List<Event> result = new ArrayList<>();
        for (int i = 0; i < quotations.size(); i++) {
            int index = i;
            if (dated.stream().anyMatch(e -> e.quotationIndex().filter(q -> q == index).isPresent())) {
                continue;
            }
            Quotation quotation = quotations.get(i);
            String verb = quotation.verb().orElse("say");
            String type = SPEECH_VERB_TYPES.getOrDefault(verb, "Statement");
            List<Participant> speaker = quotation.speakerKey().map(k -> List.of(new Participant(Optional.of(k),
                    Optional.empty(), Participant.Role.SPEAKER, Optional.empty()))).orElse(List.of());
            Evidence e = quotation.evidence();
            result.add(new Event(type, verb, Optional.empty(), Optional.empty(), speaker, Optional.of(index),
                    new Evidence(e.sentenceIndex(), e.sentenceText(), e.span(), e.text(), SPEECH_RULE,
                            Math.min(0.7, e.confidence()))));
        }
        return result;
    }

    private static Optional<Event> publication(AnnotatedArticle article) {
        if (article.article().published().isEmpty() || article.sentences().isEmpty()) {
            return Optional.empty();
        }
        String day = article.article().published().get().toLocalDate().toString();
        if (!day.matches("\\d{4}-\\d{2}-\\d{2}")) {
            return Optional.empty();
        }
        Sentence first = article.sentences().get(0);
        return Optional.of(new Event(Event.PUBLICATION, "published", Optional.of(new EventDate(day, Optional.empty(),
                false, "Published at")), Optional.empty(), List.of(), Optional.empty(),
                new Evidence(first.index(), first.text(), first.span(), first.text(), PUBLICATION_RULE, 1.0)));
    }

    @Override
    public String name() {
        return "events";
    }

    @Override
    public Set<Output> requires() {
        return Set.of(Output.ENTITIES, Output.PLACES, Output.QUOTATIONS);
    }

    @Override
    public Set<Output> provides() {
        return Set.of(Output.EVENTS);
    }

    @Override
    public Found run(ExtractionContext context) {
        return context.found().withEvents(extract(context.article(), context.index(),
                context.found().quotations()));
    }
}
