package org.newskg.extract.entity;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.newskg.extract.EntityType;
import org.newskg.nlp.Sentence;
import org.newskg.nlp.Token;

/** The dateline that opens a story ("OSTERBY (Reuters) -"): its places, and the agency that is not a name. */
final class Datelines {
    static final int DATELINE_TOKENS = 8;

    private Datelines() {
    }

    /** "NAHRIN/ RIO DE JANEIRO/ JAKARTA - ...": names in capitals before the dateline's dash are places. */
    static List<Candidate> places(Sentence sentence, List<Candidate> candidates) {
        List<Token> tokens = sentence.tokens();
        int dash = -1;
        for (int i = 1; i < Math.min(tokens.size(), DATELINE_TOKENS * 2) && dash < 0; i++) {
            if (tokens.get(i).word().matches("--|-|—|–|\\|")) {
                dash = i;
            }
        }
        int datelineEnd = dash;
        boolean shouted = datelineEnd > 0;
        boolean inParentheses = false;
        for (Token t : tokens.subList(0, Math.max(datelineEnd, 0))) {
            inParentheses = t.word().matches("-LRB-|\\(") || inParentheses && !t.word().matches("-RRB-|\\)");
            if (!inParentheses && Character.isLetter(t.word().codePointAt(0)) && !NameLib.isAllCaps(t.word())) {
                shouted = false;
            }
        }
        if (!shouted) {
            return candidates;
        }
        List<Candidate> result = new ArrayList<>();
        for (Candidate c : candidates) {
            boolean inDateline = c.tokenEnd() <= datelineEnd && NameLib.isAllCaps(c.text());
            Candidate place = inDateline && c.type().top() != EntityType.TopType.PLACE
                    ? c.withType(EntityType.CITY) : c;
            if (inDateline && NameLib.isAllCaps(place.name())) {
                String titled = java.util.Arrays.stream(place.name().split(" "))
                        .map(w -> w.charAt(0) + w.substring(1).toLowerCase(java.util.Locale.ROOT))
                        .collect(Collectors.joining(" "));
                place = new Candidate(place.sentenceIndex(), place.tokenBegin(), place.tokenEnd(), place.span(),
                        place.text(), titled, place.type(), place.confidence(), place.extractor(), place.alias());
            }
            result.add(place);
        }
        return result;
    }

    /** "NEW YORK (AP) |", "Jan. 26 (UPI) --", "MIAMI (AP) _": the agency that filed the story is not part of it. */
    static List<Candidate> dropAgency(Sentence sentence, List<Candidate> candidates) {
        List<Token> tokens = sentence.tokens();
        List<Candidate> result = new ArrayList<>(candidates);
        result.removeIf(c -> c.type() == EntityType.ORGANIZATION && c.tokenBegin() > 0
                && c.tokenBegin() <= DATELINE_TOKENS && c.tokenEnd() + 1 < tokens.size()
                && tokens.get(c.tokenBegin() - 1).word().matches("-LRB-|\\(")
                && tokens.get(c.tokenEnd()).word().matches("-RRB-|\\)")
                && tokens.get(c.tokenEnd() + 1).word().matches("--|-|—|–|\\||:|_"));
        return result;
    }
}
