package org.newskg.extract.rules;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.newskg.extract.Lexicon;
import org.newskg.extract.SentenceView;
import org.newskg.nlp.Dependency;

/**
 * Whether a fact read from a sentence holds now, held before, or is only claimed: the status cues, once for every
 * relation. A relation asks with the tokens the fact was read through (a {@link PathRuleEngine.Match}'s path, or a
 * role phrase) and the token of the fact's holder:
 *
 * <pre>{@code
 * for (PathRuleEngine.Match match : engine.matches(view)) {
 *     StatusCues.Status status = StatusCues.of(view, match); // "former member of", "is alleged to have joined"
 * }
 * }</pre>
 *
 * The cues, in order: a former word modifying a token of the path ("former chairman", "once ran", "the late
 * founder", "ex-CEO") or "until" on it makes it {@link Status#FORMER}; an allegation ("reputed boss", "reportedly
 * heads", "is accused of running", "is believed to have taken over") on the path or on a clause that governs it makes
 * it {@link Status#ALLEGED}; a leaving verb in the past ("resigned", "stepped down as"), on the path or said of the
 * holder, and a lasting verb in the past tense ("led", "was the chairman", "served as") make it former, while a verb
 * that starts a state ("founded", "took over", "was named") does not. Anything else is {@link Status#CURRENT}. The
 * word lists are {@code status-former.txt}, {@code status-alleged.txt}, {@code status-leaving.txt} and
 * {@code status-onset.txt}. Stateless and thread-safe.
 */
public final class StatusCues {
    private static final Lexicon FORMER = Lexicon.load("status-former.txt");
    private static final Lexicon ALLEGED = Lexicon.load("status-alleged.txt");
    private static final Lexicon LEAVING = Lexicon.load("status-leaving.txt");
    private static final Lexicon ONSET = Lexicon.load("status-onset.txt");
    private static final List<String> FORMER_PREFIXES = List.of("ex-", "then-");
    private static final Set<String> FUTURE = Set.of("will", "would", "to", "shall", "may", "might", "could", "must");
    private static final Set<String> MODIFIERS = Set.of("amod", "advmod", "case");
    private static final Set<String> CLAUSES = Set.of("xcomp", "ccomp", "advcl", "csubj");

    /** Whether a fact holds now, held before, or is only claimed. */
    public enum Status { CURRENT, FORMER, ALLEGED }

    private StatusCues() {
    }

    /** The status of a rule's match, whose holder is its argument A. */
    public static Status of(SentenceView view, PathRuleEngine.Match match) {
        return of(view, match.tokens(), match.tokens().get(0));
    }

    /**
     * The status of a fact read through {@code path} (token indexes of the sentence) whose holder is the token
     * {@code holder} (the leader, the member; -1 for none).
     */
    public static Status of(SentenceView view, List<Integer> path, int holder) {
        if (path.stream().anyMatch(t -> formerMark(view, t))) {
            return Status.FORMER;
        }
        if (path.stream().anyMatch(t -> alleged(view, t))) {
            return Status.ALLEGED;
        }
        boolean left = path.stream().anyMatch(t -> leavingInPast(view, t)) || holder >= 0 && holderLeft(view, holder);
        if (left || path.stream().anyMatch(t -> lastingInPast(view, t))) {
            return Status.FORMER;
        }
        return Status.CURRENT;
    }

    /** "former chairman", "once ran", "the late founder", "ex-CEO", "led the bank until 2015". */
    private static boolean formerMark(SentenceView view, int t) {
        String word = view.lower(t);
        if (FORMER_PREFIXES.stream().anyMatch(p -> word.startsWith(p) && word.length() > p.length())) {
            return true;
        }
        return view.children(t).stream().anyMatch(d -> MODIFIERS.contains(d.relation())
                && FORMER.contains(view.lower(d.dependent())) || d.relation().equals("obl:until"));
    }

    /**
     * An allegation as the token's modifier ("reputed boss", "reportedly heads"), the token itself ("accused"), or a
     * verb or adjective over the clause it is in ("is believed to have taken over"), not crossing a relative clause.
     */
    private static boolean alleged(SentenceView view, int t) {
        Set<Integer> seen = new HashSet<>();
        for (int here = t; seen.add(here); ) {
            int at = here;
            boolean cue = ALLEGED.contains(view.token(at).lemma()) && (view.pos(at).startsWith("VB")
                    || view.pos(at).startsWith("JJ"));
            if (cue || view.children(at).stream().anyMatch(d -> (d.relation().startsWith("advmod")
                    || d.relation().equals("amod")) && ALLEGED.contains(view.lower(d.dependent())))) {
                return true;
            }
            Optional<Dependency> up = view.heads(at).stream().filter(d -> d.governor() >= 0
                    && CLAUSES.contains(d.relation().split(":")[0])).findFirst();
            if (up.isEmpty()) {
                return false;
            }
            here = up.get().governor();
        }
        return false;
    }

    /** "resigned", "stepped down as", "was ousted": a leaving verb in the past, not "will step down". */
    private static boolean leavingInPast(SentenceView view, int v) {
        return LEAVING.contains(verb(view, v)) && past(view, v);
    }

    /**
     * The holder is the subject of a leaving verb in the past ("Ruiz was ousted"), or the name just before it, past
     * commas and adverbs, when the parse took another subject ("The bank's chief, Ana Costa, resigned").
     */
    private static boolean holderLeft(SentenceView view, int holder) {
        for (int v = 0; v < view.size(); v++) {
            if (!view.pos(v).startsWith("VB") || !leavingInPast(view, v)) {
                continue;
            }
            if (view.children(v).stream().anyMatch(d -> d.relation().startsWith("nsubj")
                    && sameName(view, d.dependent(), holder))) {
                return true;
            }
            int before = v - 1;
            while (before >= 0 && (view.pos(before).equals(",") || view.pos(before).startsWith("RB"))) {
                before--;
            }
            if (before >= 0 && before < v - 1 && sameName(view, before, holder)) {
                return true;
            }
        }
        return false;
    }

    private static boolean sameName(SentenceView view, int a, int b) {
        return a == b || view.named(a).isPresent() && view.named(a).equals(view.named(b));
    }

    /** "led", "headed", "was the chairman of": a lasting verb, or a copula, in the past tense. */
    private static boolean lastingInPast(SentenceView view, int t) {
        if (view.pos(t).startsWith("VB")) {
            return !ONSET.contains(verb(view, t)) && !LEAVING.contains(verb(view, t)) && past(view, t);
        }
        return view.children(t).stream().anyMatch(d -> d.relation().equals("cop")
                && view.pos(d.dependent()).equals("VBD"));
    }

    /**
     * Past and not future: "led", "was led", "had led"; not "will lead", nor the present perfect "has led since
     * 2010", nor a participle on its own ("the party, led by").
     */
    private static boolean past(SentenceView view, int v) {
        List<Dependency> auxiliaries = view.children(v).stream().filter(d -> d.relation().startsWith("aux")).toList();
        if (auxiliaries.stream().anyMatch(d -> FUTURE.contains(view.lower(d.dependent())))) {
            return false;
        }
        return view.pos(v).equals("VBD") || view.pos(v).equals("VBN")
                && auxiliaries.stream().anyMatch(d -> view.pos(d.dependent()).equals("VBD"));
    }

    /** The verb's lemma with its particle when it has one: "step down", "take over". */
    static String verb(SentenceView view, int v) {
        String lemma = view.token(v).lemma().toLowerCase(Locale.ROOT);
        return view.children(v).stream().filter(d -> d.relation().equals("compound:prt"))
                .map(d -> lemma + " " + view.lower(d.dependent())).findFirst().orElse(lemma);
    }
}
