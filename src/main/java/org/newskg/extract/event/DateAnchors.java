package org.newskg.extract.event;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.newskg.extract.SentenceView;
import org.newskg.nlp.Dependency;
import org.newskg.nlp.Span;
import org.newskg.nlp.TimeExpression;
import org.newskg.nlp.Token;

/**
 * Where a time expression hangs in the parse (its head word, from which the rules of {@code events.rules} walk), the
 * tense that tells a past from a future reading, and the ranges two expressions make ("from 1977 to 1980").
 * Stateless.
 */
final class DateAnchors {
    private static final Set<String> FUTURE_AUX = Set.of("will", "shall", "must", "'ll", "wo", "going");

    private DateAnchors() {
    }

    /** The word of a time expression that its phrase hangs from: the first whose head lies outside it. */
    static int head(SentenceView view, int[] timeTokens) {
        Set<Integer> inside = new HashSet<>();
        for (int t : timeTokens) {
            inside.add(t);
        }
        for (int t : timeTokens) {
            if (view.heads(t).stream().anyMatch(d -> !inside.contains(d.governor()))) {
                return t;
            }
        }
        return timeTokens[0];
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
        boolean pastPassive = view.children(verb).stream().anyMatch(d -> d.relation().startsWith("aux")
                && Set.of("was", "were").contains(view.lower(d.dependent())));
        return pos.equals("VBD") || perfect || pastPassive ? EventDates.Tense.PAST : EventDates.Tense.UNKNOWN;
    }

    /** Whether this time expression closes a range another one opens ("between 2017 and 2020", "from 1977 to 1980"). */
    static boolean rangeEnd(SentenceView view, int[] timeTokens) {
        int head = head(view, timeTokens);
        return view.heads(head).stream().anyMatch(d -> closes(d.relation()) && d.governor() < head
                && opensRange(view, d.governor()));
    }

    /** The value of the time expression that closes the range this one opens, if it does. */
    static Optional<String> rangeEndOf(SentenceView view, int[] timeTokens, List<TimeExpression> times,
                                       int sentenceIndex) {
        int head = head(view, timeTokens);
        if (!opensRange(view, head)) {
            return Optional.empty();
        }
        for (Dependency d : view.children(head)) {
            if (closes(d.relation())) {
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

    /** The edge from the opening date of a range to its closing one: "2017 and 2020", "1977 to 1980". */
    private static boolean closes(String relation) {
        return relation.startsWith("conj") || relation.matches("(obl|nmod):(to|until|through)");
    }

    static boolean opensRange(SentenceView view, int token) {
        return view.children(token).stream().anyMatch(c -> c.relation().equals("case")
                && Set.of("between", "from").contains(view.lower(c.dependent())));
    }

    /** Whether a time expression is part of a name: "Saturday Night Fever", whose head is a proper noun's compound. */
    static boolean inName(SentenceView view, int[] timeTokens) {
        int head = head(view, timeTokens);
        return view.heads(head).stream().anyMatch(d -> d.relation().equals("compound") && d.governor() >= 0
                && view.pos(d.governor()).startsWith("NNP") && !view.ner(d.governor()).matches("DATE|TIME"));
    }

    static int[] tokensIn(SentenceView view, Span span) {
        return view.sentence().tokens().stream().filter(t -> t.span().begin() >= span.begin()
                && t.span().end() <= span.end()).mapToInt(Token::index).toArray();
    }
}
