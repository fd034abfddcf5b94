package org.newskg.extract.event;

import static org.newskg.extract.event.EventTriggers.triggerType;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.newskg.extract.SentenceView;
import org.newskg.nlp.Dependency;
import org.newskg.nlp.Span;
import org.newskg.nlp.TimeExpression;
import org.newskg.nlp.Token;

/**
 * What a time expression dates: the verb or event noun it modifies, found by climbing the parse from it, the tense
 * that tells a past from a future reading, and the ranges two expressions make ("from 1977 to 1980"). Stateless.
 */
final class DateAnchors {
    private static final Set<String> NOT_ANCHORS = Set.of("be", "have", "do", "get", "seem", "remain", "come", "go",
            "make");
    private static final Set<String> FUTURE_AUX = Set.of("will", "shall", "must", "'ll", "wo", "going");
    private static final int MAX_CLIMB = 6;

    private DateAnchors() {
    }

    /** The verb or event noun a time expression modifies, climbing from its head. */
    static Optional<Integer> anchor(SentenceView view, int[] timeTokens) {
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
            if (token.pos().startsWith("NN") && triggerType(view, current).isPresent()
                    && view.named(current).isEmpty()) {
                return Optional.of(current);
            }
        }
        return Optional.empty();
    }

    /**
     * An anchor verb the lexicon does not know ("shocked the world Monday by announcing ...") hands the event to a
     * clause or object of it that names one ("announcing"), if there is exactly one.
     */
    static int typedNear(SentenceView view, int anchor) {
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

    static EventDates.Tense tense(SentenceView view, int trigger) {
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

    /** Whether this time expression closes a range another one opens ("between 2017 and 2020"). */
    static boolean rangeEnd(SentenceView view, int[] timeTokens, List<TimeExpression> times) {
        int head = timeTokens[timeTokens.length - 1];
        return view.heads(head).stream().anyMatch(d -> d.relation().startsWith("conj") && d.governor() < head
                && opensRange(view, d.governor()));
    }

    /** The value of the time expression that closes the range this one opens, if it does. */
    static Optional<String> rangeEndOf(SentenceView view, int[] timeTokens, List<TimeExpression> times,
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

    static boolean opensRange(SentenceView view, int token) {
        return view.children(token).stream().anyMatch(c -> c.relation().equals("case")
                && Set.of("between", "from").contains(view.lower(c.dependent())));
    }

    static int[] tokensIn(SentenceView view, Span span) {
        return view.sentence().tokens().stream().filter(t -> t.span().begin() >= span.begin()
                && t.span().end() <= span.end()).mapToInt(Token::index).toArray();
    }
}
