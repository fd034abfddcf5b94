package org.newskg.extract.entity;

import java.util.List;
import org.newskg.extract.EntityType;
import org.newskg.nlp.Dependency;
import org.newskg.nlp.Sentence;

/** Places used for the people who govern them: "Washington treats it as ...". */
final class MetonymyLib {
    private MetonymyLib() {
    }

    /**
     * A name NER took for a state but that acts as the subject of a verb is a seat of government used for its
     * government; it stays a place, but not a state.
     */
    static EntityType demoteMetonymicState(EntityType type, List<Candidate> members, List<Sentence> sentences) {
        if (type != EntityType.FIRST_LEVEL_DIVISION) {
            return type;
        }
        boolean actsAsSubject = members.stream().anyMatch(m -> isSubject(sentences.get(m.sentenceIndex()), m));
        return actsAsSubject ? EntityType.PLACE : type;
    }

    private static boolean isSubject(Sentence sentence, Candidate candidate) {
        for (int t = candidate.tokenBegin(); t < candidate.tokenEnd(); t++) {
            for (Dependency edge : sentence.dependencies()) {
                if (edge.dependent() == t && edge.relation().startsWith("nsubj")
                        && (edge.governor() < candidate.tokenBegin() || edge.governor() >= candidate.tokenEnd())) {
                    return true;
                }
            }
        }
        return false;
    }
}
