package org.newskg.extract.event;

import static org.newskg.extract.event.DateAnchors.head;
import static org.newskg.extract.event.DateAnchors.rangeEnd;
import static org.newskg.extract.event.DateAnchors.rangeEndOf;
import static org.newskg.extract.event.DateAnchors.tense;
import static org.newskg.extract.event.DateAnchors.tokensIn;

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
import org.newskg.extract.Lexicon;
import org.newskg.extract.Output;
import org.newskg.extract.Participant;
import org.newskg.extract.Quotation;
import org.newskg.extract.SentenceView;
import org.newskg.extract.rules.RuleFile;
import org.newskg.extract.rules.WordPaths;
import org.newskg.extract.rules.WordPaths.WordPath;
import org.newskg.nlp.AnnotatedArticle;
import org.newskg.nlp.Sentence;
import org.newskg.nlp.TimeExpression;

/**
 * Events, read where the text dates something: from the head word of each day, month or year that SUTime resolved,
 * the rules of {@code rules/events.rules} walk the dependency parse to the verb or event noun it dates ("arrested on
 * Tuesday", "the 2016 strike", "Tuesday's vote"); the first rule that matches dates it and is named in the event's
 * evidence. The trigger's lemma gives the type ({@code event-triggers.txt}) unless the rule names one ("born 1950"),
 * its phrase the label; the place and the participants are its dependents. A time expression that no rule ties to
 * an event dates nothing, and no event is dated by the publication date unless its text says so; a relative date
 * inside a quotation ("we are swearing in today", "last week") counts from when it was said, which is not known,
 * so it dates nothing. Every quotation's speech act is an event too, dated when its sentence dates it, and so is the article's
 * own publication. Stateless and thread-safe.
 */
public final class EventExtractor implements ArticleExtractor {
    static final String SPEECH_RULE = "newskg-event-speech";
    static final String PUBLICATION_RULE = "newskg-event-publication";
    /** The type column of a rule whose event takes its type from its trigger word. */
    static final String FROM_TRIGGER = "trigger";
    /** The type column of a rule whose event happened when the event of the first rule that matched did. */
    static final String SAME_TIME = "same-time";
    static final WordPaths RULES = new WordPaths(RuleFile.load("/org/newskg/extract/rules/events.rules"));
    private static final Lexicon LIGHT_VERBS = Lexicon.load("event-light-verbs.txt");

    /** Time expressions too vague or anaphoric to date an event: "that night", "a few months ago", "the past year". */
    private static final java.util.regex.Pattern VAGUE = java.util.regex.Pattern.compile(
            "(?i)^(that|those)\\b.*|.*\\b(few|several|some|past|recent)\\b.*");
    /** Words that count from the moment of speaking: inside a quotation, that moment is not known. */
    private static final java.util.regex.Pattern SPEAKERS_NOW = java.util.regex.Pattern.compile(
            "(?i)\\b(today|tonight|tomorrow|yesterday|this|last|next|ago|now)\\b");
    private static final Set<String> VAGUE_BEFORE = Set.of("that", "those", "few", "several", "some", "many");
    private static final Map<String, String> SPEECH_VERB_TYPES = Map.of("tweet", "Post", "post", "Post",
            "write", "Post", "tell", "Interview");

    public List<Event> extract(AnnotatedArticle article, EntityIndex entities, List<Quotation> quotations) {
        Optional<LocalDate> published = article.article().published().map(p -> p.toLocalDate());
        Map<String, Event> events = new LinkedHashMap<>();
        for (TimeExpression time : article.times()) {
            boolean decade = time.timexType().equals("SET") && time.value().matches("\\d{3}X");
            boolean date = time.timexType().equals("DATE") || time.timexType().equals("TIME") || decade;
            if (!date || VAGUE.matcher(time.text()).matches() || time.sentenceIndex() < 0
                    || time.sentenceIndex() >= article.sentences().size()) {
                continue;
            }
            Sentence sentence = article.sentences().get(time.sentenceIndex());
            ExtractionException.inSentence(sentence, () -> dated(article, sentence, time, entities, quotations,
                    published, events));
        }
        List<Event> result = new ArrayList<>(events.values());
        result.addAll(speechEvents(article, entities, quotations, result));
        publication(article).ifPresent(result::add);
        return result;
    }

    /** The event a time expression dates, if a rule ties it to one, added to {@code events} unless it is there. */
    private static void dated(AnnotatedArticle article, Sentence sentence, TimeExpression time, EntityIndex entities,
                              List<Quotation> quotations, Optional<LocalDate> published, Map<String, Event> events) {
        SentenceView view = new SentenceView(sentence, article.body(), entities);
        int[] timeTokens = tokensIn(view, time.span());
        if (timeTokens.length == 0 || rangeEnd(view, timeTokens) || vagueBefore(view, timeTokens[0])
                || DateAnchors.inName(view, timeTokens)) {
            return;
        }
        List<WordPath> paths = RULES.from(view, head(view, timeTokens)).stream()
                .filter(p -> !LIGHT_VERBS.contains(view.token(p.word()).lemma().toLowerCase(Locale.ROOT))).toList();
        Optional<WordPath> path = paths.stream().filter(p -> !p.rule().relation().equals(SAME_TIME)).findFirst();
        if (path.isEmpty()) {
            return;
        }
        int trigger = path.get().word();
        Optional<EventDate> previous = events.values().stream().reduce((first, second) -> second)
                .flatMap(Event::date);
        Optional<EventDate> date = EventDates.of(time.value(), time.text(), published, tense(view, trigger),
                previous);
        boolean quoted = quotations.stream().anyMatch(q -> q.span().contains(time.span()));
        if (date.isEmpty() || quoted && SPEAKERS_NOW.matcher(time.text()).find()) {
            return;
        }
        Optional<String> end = rangeEndOf(view, timeTokens, article.times(), time.sentenceIndex());
        if (end.isPresent()) {
            EventDate start = date.get();
            date = Optional.of(new EventDate(start.value(), end, start.inferred(),
                    start.expression() + " – " + end.get()));
        }
        add(view, path.get(), date, quotations, events);
        for (WordPath same : paths) {
            if (same.rule().relation().equals(SAME_TIME) && same.tokens().get(1) == trigger) {
                add(view, same, date, quotations, events);
            }
        }
    }

    /** "that night", "a few short years ago": a word before the expression makes it anaphoric or vague. */
    private static boolean vagueBefore(SentenceView view, int first) {
        return first > 0 && VAGUE_BEFORE.contains(view.lower(first - 1))
                || first > 1 && VAGUE_BEFORE.contains(view.lower(first - 2)) && view.pos(first - 1).startsWith("JJ");
    }

    private static void add(SentenceView view, WordPath path, Optional<EventDate> date, List<Quotation> quotations,
                            Map<String, Event> events) {
        int trigger = path.word();
        String ruleType = path.rule().relation();
        String type = ruleType.equals(FROM_TRIGGER) || ruleType.equals(SAME_TIME)
                ? EventTriggers.type(view, trigger, EventTriggers.object(view, trigger)) : ruleType;
        String key = view.sentence().index() + ":" + trigger + ":" + date.orElseThrow().value();
        events.putIfAbsent(key, EventBuilder.event(view, trigger, type, date, quotations, path.rule().name(), 0.7));
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
