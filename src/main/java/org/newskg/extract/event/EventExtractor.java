package org.newskg.extract.event;

import org.newskg.extract.ArticleExtractor;
import org.newskg.extract.ExtractionContext;
import org.newskg.extract.Found;
import org.newskg.extract.Output;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.newskg.extract.Entity;
import org.newskg.extract.EntityIndex;
import org.newskg.extract.EntityType.TopType;
import org.newskg.extract.Event;
import org.newskg.extract.EventDate;
import org.newskg.extract.Evidence;
import org.newskg.extract.ExtractionException;
import org.newskg.extract.Lexicon;
import org.newskg.extract.Participant;
import org.newskg.extract.Quotation;
import org.newskg.extract.SentenceView;
import org.newskg.nlp.AnnotatedArticle;
import org.newskg.nlp.Dependency;
import org.newskg.nlp.Sentence;
import org.newskg.nlp.Span;
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
    static final String OCCURRENCE = "Occurrence";

    private static final Map<String, String> TRIGGERS = Lexicon.loadTable("event-triggers.txt");
    private static final Set<String> NOT_ANCHORS = Set.of("be", "have", "do", "get", "seem", "remain", "come", "go",
            "make");
    private static final Set<String> PARTICLES = Set.of("down", "aside", "up", "over", "off", "away", "back", "out");
    /** Time expressions too vague or anaphoric to date an event: "that night", "a few months ago", "the past year". */
    private static final java.util.regex.Pattern VAGUE = java.util.regex.Pattern.compile(
            "(?i)^(that|those)\\b.*|.*\\b(few|several|some|past|recent)\\b.*");
    private static final Set<String> FUTURE_AUX = Set.of("will", "shall", "must", "'ll", "wo", "going");
    private static final Set<String> VICTIM_TYPES = Set.of("Killing", "Attack");
    private static final Set<String> SPEECH_TYPES = Set.of("Statement", "Interview", "Post");
    private static final Map<String, String> SPEECH_VERB_TYPES = Map.of("tweet", "Post", "post", "Post",
            "write", "Post", "tell", "Interview");
    private static final Lexicon ORGANIZATION_REFERENCES = Lexicon.load("organization-references.txt");
    private static final int MAX_CLIMB = 6;
    /** Where an event happened: "in Osterby", "at the border", "in a raid in Osterby". */
    private static final String WHERE = "(obl|nmod):(in|at|near|outside|inside|across|into)";
    /** Number words CoreNLP leaves as words: "nine tourists". */
    private static final List<String> SMALL_NUMBERS = List.of("zero", "one", "two", "three", "four", "five", "six",
            "seven", "eight", "nine", "ten", "eleven", "twelve");
    private static final int MAX_LABEL_TOKENS = 6;

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

    /** Whether this time expression closes a range another one opens ("between 2017 and 2020"). */
    private static boolean rangeEnd(SentenceView view, int[] timeTokens, List<TimeExpression> times) {
        int head = timeTokens[timeTokens.length - 1];
        return view.heads(head).stream().anyMatch(d -> d.relation().startsWith("conj") && d.governor() < head
                && opensRange(view, d.governor()));
    }

    /** The value of the time expression that closes the range this one opens, if it does. */
    private static Optional<String> rangeEndOf(SentenceView view, int[] timeTokens, List<TimeExpression> times,
                                               int sentenceIndex) {
        int head = timeTokens[timeTokens.length - 1];
        if (!opensRange(view, head)) {
            return Optional.empty();
        }
        for (Dependency d : view.children(head)) {
            if (d.relation().startsWith("conj")) {
                Span closing = view.token(d.dependent()).span();
                Optional<String> value = times.stream().filter(t -> t.sentenceIndex() == sentenceIndex
                        && t.span().contains(closing)).map(TimeExpression::value)
                        .filter(v -> v.matches("\\d{4}(-\\d{2}(-\\d{2})?)?")).findFirst();
                if (value.isPresent()) {
                    return value;
                }
            }
        }
        return Optional.empty();
    }

    private static boolean opensRange(SentenceView view, int token) {
        return view.children(token).stream().anyMatch(c -> c.relation().equals("case")
                && Set.of("between", "from").contains(view.lower(c.dependent())));
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
    private static void simultaneous(SentenceView view, Event dated, Map<String, Event> events, List<Quotation> quotations) {
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
            boolean dated = events.keySet().stream().anyMatch(k -> k.startsWith(view.sentence().index() + ":" + v + ":"));
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

    /** The verb or event noun a time expression modifies, climbing from its head. */
    private static Optional<Integer> anchor(SentenceView view, int[] timeTokens) {
        Set<Integer> inside = new HashSet<>();
        for (int t : timeTokens) {
            inside.add(t);
        }
        int head = timeTokens[0];
        for (int t : timeTokens) {
            if (view.heads(t).stream().anyMatch(d -> !inside.contains(d.governor()))) {
                head = t;
                break;
            }
        }
        Set<Integer> seen = new HashSet<>(inside);
        int current = head;
        for (int step = 0; step < MAX_CLIMB; step++) {
            Optional<Dependency> up = view.heads(current).stream().filter(d -> d.governor() >= 0)
                    .filter(d -> !d.relation().equals("ref")).findFirst();
            if (up.isEmpty() || !seen.add(up.get().governor())) {
                return Optional.empty();
            }
            current = up.get().governor();
            Token token = view.token(current);
            String lemma = token.lemma().toLowerCase(Locale.ROOT);
            if (token.pos().startsWith("VB") && !NOT_ANCHORS.contains(lemma)) {
                return Optional.of(current);
            }
            if (token.pos().startsWith("VB")) {
                int light = current;
                Optional<Integer> handed = view.children(light).stream()
                        .filter(d -> d.relation().equals("obj") || d.relation().startsWith("advcl")
                                || d.relation().startsWith("xcomp"))
                        .map(Dependency::dependent).filter(c -> triggerType(view, c).isPresent()).findFirst();
                if (handed.isPresent()) {
                    return handed;
                }
            }
            if (token.pos().startsWith("NN") && triggerType(view, current).isPresent() && view.named(current).isEmpty()) {
                return Optional.of(current);
            }
        }
        return Optional.empty();
    }

    /**
     * An anchor verb the lexicon does not know ("shocked the world Monday by announcing ...") hands the event to a
     * clause or object of it that names one ("announcing"), if there is exactly one.
     */
    private static int typedNear(SentenceView view, int anchor) {
        if (triggerType(view, anchor).isPresent()) {
            return anchor;
        }
        List<Integer> typed = new ArrayList<>();
        for (Dependency d : view.children(anchor)) {
            boolean clause = d.relation().startsWith("advcl") || d.relation().startsWith("xcomp")
                    || d.relation().startsWith("ccomp") || d.relation().equals("obj");
            if (clause && triggerType(view, d.dependent()).isPresent()) {
                typed.add(d.dependent());
            }
        }
        return typed.size() == 1 ? typed.get(0) : anchor;
    }

    /** The type the lexicon gives a token's lemma, with its particle when it has one ("step down"). */
    private static Optional<String> triggerType(SentenceView view, int i) {
        String lemma = view.token(i).lemma().toLowerCase(Locale.ROOT);
        String partOfSpeech = view.token(i).pos().startsWith("NN") ? "/n" : view.token(i).pos().startsWith("VB")
                ? "/v" : "";
        return Optional.ofNullable(TRIGGERS.get(lemmaWithParticle(view, i)))
                .or(() -> Optional.ofNullable(TRIGGERS.get(lemma + partOfSpeech)))
                .or(() -> Optional.ofNullable(TRIGGERS.get(lemma)));
    }

    private static String lemmaWithParticle(SentenceView view, int i) {
        String lemma = view.token(i).lemma().toLowerCase(Locale.ROOT);
        return view.children(i).stream().filter(d -> d.dependent() == i + 1 && (d.relation().equals("compound:prt")
                        || d.relation().equals("advmod")) && PARTICLES.contains(view.lower(d.dependent())))
                .findFirst().map(d -> lemma + " " + view.lower(d.dependent())).orElse(lemma);
    }

    private static EventDates.Tense tense(SentenceView view, int trigger) {
        int verb = trigger;
        if (!view.token(verb).pos().startsWith("VB")) {
            Optional<Dependency> up = view.heads(verb).stream().filter(d -> d.governor() >= 0).findFirst();
            if (up.isEmpty() || !view.token(up.get().governor()).pos().startsWith("VB")) {
                return EventDates.Tense.UNKNOWN;
            }
            verb = up.get().governor();
        }
        boolean future = view.children(verb).stream().anyMatch(d -> d.relation().startsWith("aux")
                && FUTURE_AUX.contains(view.lower(d.dependent())));
        if (future) {
            return EventDates.Tense.FUTURE;
        }
        String pos = view.token(verb).pos();
        boolean perfect = view.children(verb).stream().anyMatch(d -> d.relation().startsWith("aux")
                && view.token(d.dependent()).lemma().equals("have"));
        return pos.equals("VBD") || perfect ? EventDates.Tense.PAST : EventDates.Tense.UNKNOWN;
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
        Evidence evidence = new Evidence(sentence.index(), sentence.text(), view.span(labelBegin, labelEnd), label, rule,
                confidence);
        return new Event(type, label, date, place, participants, quotation, evidence);
    }

    /** A verb's particle or first prepositional complement right after it, for the label ("ended in hung juries"). */
    private static Optional<Integer> complement(SentenceView view, int trigger) {
        return view.children(trigger).stream().filter(d -> d.dependent() > trigger && d.dependent() <= trigger + 3)
                .filter(d -> d.relation().equals("compound:prt") || d.relation().matches("obl:(in|into|from|to)"))
                .filter(d -> Set.of("O", "LOCATION", "CITY", "COUNTRY", "STATE_OR_PROVINCE", "ORGANIZATION")
                        .contains(view.token(d.dependent()).ner()))
                .map(Dependency::dependent).min(Integer::compare);
    }

    /** What the trigger acts on: a verb's object (or passive subject), a noun's "of" complement. */
    private static Optional<Integer> object(SentenceView view, int trigger) {
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

    private static String type(SentenceView view, int trigger, Optional<Integer> object) {
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
    private static Optional<Integer> subjectNoun(SentenceView view, int trigger) {
        return view.children(trigger).stream().filter(d -> d.relation().equals("nsubj") && d.dependent() < trigger)
                .map(Dependency::dependent).filter(n -> view.token(n).pos().equals("NN") && view.named(n).isEmpty())
                .findFirst();
    }

    /** The place the trigger or its object is "in" or "at", if the article names it as a place. */
    private static Optional<String> place(SentenceView view, int trigger, Optional<Integer> object) {
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

    private static List<Participant> participants(SentenceView view, int trigger, Optional<Integer> object, String type) {
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

    /** The quotation attributed in this sentence, if exactly one is. */
    private static Optional<Integer> quotationOf(SentenceView view, List<Quotation> quotations) {
        List<Integer> found = new ArrayList<>();
        for (int i = 0; i < quotations.size(); i++) {
            if (quotations.get(i).evidence().sentenceIndex() == view.sentence().index()) {
                found.add(i);
            }
        }
        return found.size() == 1 ? Optional.of(found.get(0)) : Optional.empty();
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

    private static int[] tokensIn(SentenceView view, Span span) {
        return view.sentence().tokens().stream().filter(t -> t.span().begin() >= span.begin()
                && t.span().end() <= span.end()).mapToInt(Token::index).toArray();
    }

    /** A place named at the token or in its compound or "of" dependents ("northern Valdoria"). */
    private static Optional<Entity> placeAround(SentenceView view, int i) {
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
     * The participant at a token: a named entity, a pronoun coreference resolved, an organization a referring noun
     * stands for ("the company"), or else the group the noun describes, with its count ("nine fishermen").
     */
    private static Optional<Participant> participant(SentenceView view, int i, Participant.Role role) {
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

    /**
     * After the noun at {@code i}, the end of the number that designates it ("bridge 1001", "number one"): a number
     * after its noun is part of the name, not a count, which comes before it ("nine fishermen").
     */
    private static int designatorEnd(SentenceView view, int i) {
        Set<Integer> numbers = new HashSet<>();
        view.children(i).stream().filter(d -> d.relation().equals("nummod")).forEach(d -> numbers.add(d.dependent()));
        int end = i + 1;
        while (numbers.contains(end)) {
            end++;
        }
        return end;
    }

    /** "OSTERBY (Reuters) -": a capitalized place line before the dash that opens a story is not a participant. */
    private static boolean inDateline(SentenceView view, int i) {
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
    private static int phraseEnd(SentenceView view, int head) {
        int end = head + 1;
        for (Dependency d : view.children(head)) {
            if (d.dependent() >= end && Set.of("compound", "amod", "nmod:of", "nummod", "det", "case",
                    "nmod:poss").contains(d.relation()) && d.dependent() - head <= MAX_LABEL_TOKENS) {
                end = Math.max(end, phraseEnd(view, d.dependent()));
            }
        }
        return end;
    }

    private static Optional<Integer> number(Token token) {
        String word = token.word().toLowerCase(Locale.ROOT).replace(",", "");
        if (word.matches("\\d+")) {
            return Optional.of(Integer.parseInt(word));
        }
        int index = SMALL_NUMBERS.indexOf(word);
        return index >= 0 ? Optional.of(index) : Optional.empty();
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
