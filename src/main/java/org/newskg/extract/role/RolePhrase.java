package org.newskg.extract.role;

import java.util.Optional;
import org.newskg.extract.Entity;

/**
 * A role as a noun phrase states it: "Mexican Secretary for Security and Civilian Protection", "AOL's chief
 * executive", "director of the Coastal Program".
 *
 * @param head         token index of the role noun
 * @param begin        first token of the phrase, determiner and possessor included
 * @param end          after its last token, complement included
 * @param title        the role as written, without determiners, nationality or organization names
 * @param organization the organization it is held in, when the phrase names one
 * @param place        the country or place it belongs to, when the phrase names one
 * @param complemented whether a complement follows the role noun ("of the board")
 */
record RolePhrase(int head, int begin, int end, String title, Optional<Entity> organization, Optional<Entity> place,
                  boolean complemented) {

    /** The same role, taking the organization and place of a coordinated phrase where this one names none. */
    RolePhrase sharing(RolePhrase other) {
        Optional<Entity> org = organization.or(other::organization);
        Optional<Entity> where = place.or(other::place);
        return new RolePhrase(head, begin, end, title, org, where, complemented);
    }
}
