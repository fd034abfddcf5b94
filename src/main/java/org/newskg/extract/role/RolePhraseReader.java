package org.newskg.extract.role;

import java.util.Optional;
import java.util.Set;
import org.newskg.extract.Entity;
import org.newskg.extract.EntityType.TopType;
import org.newskg.extract.SentenceView;

/**
 * Reads the role phrase around a role noun: to its left the title words, the nationality, and the organization or
 * place named before it ("Nordwerk Chief Branding Officer", "Italy's top anti-mafia prosecutor"); to its right a
 * complement with of/for/at/with/in ("director of the Coastal Program", "bishop of Freiburg"). Works on the
 * token sequence, since parsers often flatten titles before names into compounds. Stateless.
 */
final class RolePhraseReader {
    private static final int MAX_LEFT = 8;
    private static final int MAX_TITLE_COMPLEMENT = 4;
    private static final int MAX_CAPITALIZED_COMPLEMENT = 6;
    private static final Set<String> COMPLEMENT_PREPOSITIONS = Set.of("of", "for", "at", "with", "in", "to");
    private static final Set<String> NOT_TITLE_NER = Set.of("DATE", "TIME", "DURATION", "NUMBER", "ORDINAL", "MONEY",
            "PERCENT", "SET", "PERSON", "NATIONALITY", "COUNTRY", "CITY", "STATE_OR_PROVINCE", "LOCATION");
    private static final Set<String> SKIPPABLE_POS = Set.of("JJ", "JJR", "JJS", "RBS", "CD", "NN", "NNP",
            "NNPS", "VBN", "VBG");
    private static final Set<String> FORMER = Set.of("former", "ex", "ex-");
    private static final Set<String> NAME_CONNECTORS = Set.of("and", "of", "for", "the", "&", "on");

    private final RoleLexicon lexicon;

    RolePhraseReader(RoleLexicon lexicon) {
        this.lexicon = lexicon;
    }

    /** Whether a token can head a role phrase: a role noun, or a capitalized title CoreNLP tags TITLE. */
    boolean isRoleHead(SentenceView view, int i, boolean allowTitleTag) {
        if (i < 0 || i >= view.size() || view.named(i).isPresent()) {
            return false;
        }
        String pos = view.pos(i);
        boolean nounLike = pos.startsWith("NN") && !pos.equals("NNS") && !pos.equals("NNPS");
        if (lexicon.isRoleNoun(view.word(i))) {
            return nounLike || allowTitleTag && !pos.startsWith("VB") && !pos.equals("IN") && !pos.equals("DT");
        }
        return allowTitleTag && nounLike && view.ner(i).equals("TITLE") && SentenceView.isCapitalized(view.word(i))
                && !lexicon.isNotRole(view.word(i)) && !lexicon.isHonorific(view.word(i));
    }

    /**
     * The phrase headed by {@code head}: its left part by the tokens before it, its complement up to {@code limit}.
     * With {@code capitalizedComplement}, the complement must be capitalized words ending at the limit (a title
     * before a name: "Secretary for Security and Civilian Protection Rafael Ortega").
     */
    RolePhrase read(SentenceView view, int head, int limit, boolean capitalizedComplement) {
        Left left = left(view, head);
        int end = head + 1;
        while (end < limit && lexicon.isPostpositive(view.word(end)) && !view.pos(end).startsWith("NNS")) {
            end++;
        }
        String title = (left.former ? "former " : "") + view.text(left.titleBegin, end);
        Optional<Entity> org = left.org;
        Optional<Entity> place = left.place;
        Complement complement = capitalizedComplement ? capitalizedComplement(view, end, limit)
                : complement(view, end, limit);
        boolean complemented = complement.end > end;
        if (complemented) {
            org = org.or(() -> complement.org);
            place = place.or(() -> complement.place);
            if (complement.inTitle) {
                title = title + " " + view.text(end, complement.end);
            }
            end = complement.end;
        }
        if (complemented && complement.inTitle && !capitalizedComplement) {
            Complement second = complement(view, end, limit);
            if (second.end > end && !second.inTitle) {
                org = org.or(() -> second.org);
                place = place.or(() -> second.place);
                end = second.end;
            }
        }
        return new RolePhrase(head, left.begin, end, title, org, place, complemented);
    }

    private record Left(int begin, int titleBegin, Optional<Entity> org, Optional<Entity> place, boolean former) {
    }

    /** The state of a scan leftwards from a role noun. */
    private static final class LeftScan {
        int begin;
        int titleBegin;
        boolean open = true;
        boolean done;
        Entity org;
        Entity place;

        LeftScan(int head) {
            begin = head;
            titleBegin = head;
        }

        void found(Optional<Entity> organization, Optional<Entity> where) {
            org = org == null ? organization.orElse(null) : org;
            place = place == null ? where.orElse(null) : place;
        }
    }

    private Left left(SentenceView view, int head) {
        LeftScan scan = new LeftScan(head);
        for (int i = head - 1; i >= 0 && head - i <= MAX_LEFT && !scan.done; i = scan.begin - 1) {
            step(view, scan, i, head);
        }
        boolean former = false;
        for (int j = scan.begin; j < scan.titleBegin; j++) {
            former |= FORMER.contains(view.lower(j));
        }
        return new Left(scan.begin, scan.titleBegin, Optional.ofNullable(scan.org), Optional.ofNullable(scan.place),
                former);
    }

    /** Takes token {@code i} into the phrase, or ends the scan there. */
    private void step(SentenceView view, LeftScan scan, int i, int head) {
        Optional<Entity> entity = view.named(i);
        if (entity.isPresent() && entity.get().type().top() != TopType.PERSON) {
            TopType type = entity.get().type().top();
            scan.found(entity.filter(e -> type == TopType.ORGANIZATION), entity.filter(e -> type == TopType.PLACE));
            scan.open = false;
            scan.begin = view.run(i).begin();
        } else if (entity.isPresent()) {
            scan.done = true;
        } else if (view.pos(i).equals("POS")) {
            Possessor owner = possessor(view, i);
            scan.found(owner.org, owner.place);
            scan.begin = owner.begin;
            scan.done = true;
        } else if (isDeterminer(view, i)) {
            scan.begin = i;
            scan.done = true;
        } else if (isNationality(view, i)) {
            scan.found(Optional.empty(), country(view, i));
            scan.open = false;
            scan.begin = i;
        } else if (isClauseVerb(view, i)) {
            scan.done = true;
        } else if (scan.open && isTitleWord(view, i, head)) {
            scan.titleBegin = i;
            scan.begin = i;
        } else if (SKIPPABLE_POS.contains(view.pos(i))) {
            scan.open = false;
            scan.begin = i;
        } else {
            scan.done = true;
        }
    }

    private record Possessor(int begin, Optional<Entity> org, Optional<Entity> place) {
    }

    /** "Oxfam France's", "Italy's", "the university's": the possessor before a possessive marker at {@code marker}. */
    private Possessor possessor(SentenceView view, int marker) {
        int p = marker - 1;
        if (p < 0) {
            return new Possessor(marker, Optional.empty(), Optional.empty());
        }
        Optional<Entity> entity = view.named(p);
        if (entity.isPresent()) {
            int begin = view.run(p).begin();
            begin = begin > 0 && isDeterminer(view, begin - 1) ? begin - 1 : begin;
            TopType type = entity.get().type().top();
            return new Possessor(begin, entity.filter(e -> type == TopType.ORGANIZATION),
                    entity.filter(e -> type == TopType.PLACE));
        }
        int begin = p;
        while (begin > 0 && view.pos(begin - 1).startsWith("NN") && view.named(begin - 1).isEmpty()) {
            begin--;
        }
        if (begin > 0 && view.lower(begin - 1).equals("the") && view.pos(p).equals("NN")) {
            return new Possessor(begin - 1, view.corefOrganization(begin - 1, p + 1), Optional.empty());
        }
        return new Possessor(begin, Optional.empty(), Optional.empty());
    }

    private record Complement(int end, Optional<Entity> org, Optional<Entity> place, boolean inTitle) {
    }

    /** "of the Coastal Program for the Institute for Ocean Policy", "of Freiburg", "of the board". */
    private Complement complement(SentenceView view, int at, int limit) {
        String word = view.lower(at);
        boolean preposition = view.pos(at).equals("IN") || view.pos(at).equals("TO");
        if (at >= limit || !COMPLEMENT_PREPOSITIONS.contains(word) || !preposition) {
            return new Complement(at, Optional.empty(), Optional.empty(), false);
        }
        int end = at + 1;
        Entity org = null;
        Entity place = null;
        boolean person = false;
        boolean headIsName = false;
        while (end < limit) {
            Optional<Entity> entity = view.named(end);
            if (entity.isPresent()) {
                TopType type = entity.get().type().top();
                org = org == null && type == TopType.ORGANIZATION ? entity.get() : org;
                place = place == null && type == TopType.PLACE ? entity.get() : place;
                person |= type == TopType.PERSON;
                end = view.run(end).end();
                headIsName = true;
            } else if (org != null && headIsName && PartOfReader.isUnitConnector(view, end, limit)) {
                end++;
            } else if (isNounPhraseWord(view, end)) {
                headIsName = false;
                end++;
            } else {
                break;
            }
        }
        boolean shortPhrase = end - at - 1 <= MAX_TITLE_COMPLEMENT && end > at + 1;
        boolean inTitle = !person && !headIsName && shortPhrase && (word.equals("of") || word.equals("for"));
        if (person || org == null && place == null && !inTitle) {
            return new Complement(at, Optional.empty(), Optional.empty(), false);
        }
        return new Complement(end, Optional.ofNullable(org), Optional.ofNullable(place), inTitle);
    }

    /** "for Security and Civilian Protection" right before a name: capitalized words and connectors only. */
    private Complement capitalizedComplement(SentenceView view, int at, int limit) {
        String preposition = view.lower(at);
        if (at >= limit || !(preposition.equals("of") || preposition.equals("for"))
                || limit - at - 1 > MAX_CAPITALIZED_COMPLEMENT) {
            return new Complement(at, Optional.empty(), Optional.empty(), false);
        }
        Entity org = null;
        Entity place = null;
        for (int i = at + 1; i < limit; i++) {
            String word = view.word(i);
            if (!SentenceView.isCapitalized(word) && !NAME_CONNECTORS.contains(word.toLowerCase())) {
                return new Complement(at, Optional.empty(), Optional.empty(), false);
            }
            Optional<Entity> entity = view.named(i);
            org = org == null ? entity.filter(e -> e.type().top() == TopType.ORGANIZATION).orElse(null) : org;
            place = place == null ? entity.filter(e -> e.type().top() == TopType.PLACE).orElse(null) : place;
        }
        return new Complement(limit, Optional.ofNullable(org), Optional.ofNullable(place),
                org == null && place == null);
    }

    private boolean isNounPhraseWord(SentenceView view, int i) {
        String pos = view.pos(i);
        return pos.equals("DT") || pos.startsWith("JJ") || pos.startsWith("NN") || pos.equals("POS")
                || pos.equals("CD") || pos.equals("HYPH") || pos.equals("PRP$")
                || SentenceView.isCapitalized(view.word(i)) && !pos.equals("IN") && !pos.equals("CC");
    }

    /**
     * Whether a word before the role noun belongs to the title: a noun ("economy minister", "District Judge"), a
     * title adjective ("senior", "former"), or a capitalized word of a capitalized title ("Conservative Leader").
     * A capitalized word at the start of a sentence says nothing about a lower-case title ("Young forward").
     */
    private boolean isTitleWord(SentenceView view, int i, int head) {
        String word = view.word(i);
        String pos = view.pos(i);
        if (NOT_TITLE_NER.contains(view.ner(i)) || lexicon.isHonorific(word) || !word.matches("[\\p{L}][\\p{L}-]*")) {
            return false;
        }
        if (lexicon.isModifier(word) || word.toLowerCase().startsWith("anti-")) {
            return true;
        }
        boolean sentenceInitial = i == 0 || view.pos(i - 1).equals("``") || view.word(i - 1).equals("\"");
        if (SentenceView.isCapitalized(word) && sentenceInitial && !SentenceView.isCapitalized(view.word(head))) {
            return false;
        }
        if (pos.equals("NN") || pos.equals("NNP") || pos.equals("NNPS")) {
            return true;
        }
        if (pos.equals("NNS")) {
            return SentenceView.isCapitalized(word);
        }
        return pos.startsWith("JJ") && SentenceView.isCapitalized(word) && !sentenceInitial;
    }

    /** "the aircraft carrying Admiral Ruiz": a verb with a dependent after it heads a clause, not a title word. */
    private static boolean isClauseVerb(SentenceView view, int i) {
        return view.pos(i).startsWith("VB") && view.children(i).stream()
                .anyMatch(d -> d.dependent() > i && !d.relation().equals("punct"));
    }

    private boolean isNationality(SentenceView view, int i) {
        return view.ner(i).equals("NATIONALITY") || !lexicon.countryNames(view.word(i)).isEmpty()
                && view.pos(i).startsWith("JJ");
    }

    /** The country of a nationality adjective, if the article names it. */
    private Optional<Entity> country(SentenceView view, int i) {
        return view.place(lexicon.countryNames(view.word(i)));
    }

    private static boolean isDeterminer(SentenceView view, int i) {
        String pos = view.pos(i);
        return pos.equals("DT") || pos.equals("PRP$") || pos.equals("WP$") || pos.equals("WDT");
    }
}
