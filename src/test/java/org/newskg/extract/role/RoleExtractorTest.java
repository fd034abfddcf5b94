package org.newskg.extract.role;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newskg.extract.Entity;
import org.newskg.extract.EntityIndex;
import org.newskg.extract.Membership;
import org.newskg.extract.PartOf;
import org.newskg.extract.entity.EntityExtractor;
import org.newskg.nlp.AnnotatedArticle;

/**
 * Each pattern on a short invented text, parsed once by CoreNLP and recorded under {@code roles/}. A membership is
 * written "person | organization | role | place", with entity keys and "-" for what is absent.
 */
class RoleExtractorTest {

    @Test
    void appositionWithOrganizationAndPartOf() {
        Result result = extract("apposition-org");
        assertThat(result.memberships()).containsExactly(
                "person/maria-delgado | organization/andes-program | director | -");
        assertThat(result.partOf()).containsExactly(
                "organization/andes-program < organization/institute-for-regional-studies");
        Membership membership = result.roles.memberships().get(0);
        assertThat(membership.evidence().extractor()).isEqualTo("affiliation-apposition-after");
        assertThat(membership.evidence().text())
                .isEqualTo("Maria Delgado, director of the Andes Program for the Institute for Regional Studies");
        assertThat(membership.evidence().sentenceIndex()).isZero();
    }

    @Test
    void aNationalityIsNoJurisdictionOfARoleThatIsNoPublicOffice() {
        assertThat(extract("apposition-role").memberships()).containsExactly(
                "person/tomas-brenner | - | security expert | -");
    }

    @Test
    void premodifierTitleWithCountry() {
        assertThat(extract("premodifier-country").memberships()).containsExactly(
                "person/moreau-f8de771559d7349e | - | Foreign Minister | place/france",
                "person/daniel-hart | - | President | place/us");
    }

    @Test
    void premodifierTitleWithOrganizationAndPredicateBecome() {
        Result result = extract("premodifier-org");
        assertThat(result.memberships()).containsExactly(
                "person/ana-ruiz | organization/halvorsen-group | Chief Operating Officer | -",
                "person/ana-ruiz | organization/halvorsen-group | chief executive | -");
        assertThat(result.roles.memberships().get(0).evidence().extractor()).isEqualTo("affiliation-title-before");
        assertThat(result.roles.memberships().get(1).evidence().text())
                .isEqualTo("Ana Ruiz will become chief executive of Halvorsen Group");
    }

    @Test
    void relativeClauseWithMembershipVerb() {
        Result result = extract("relative-clause");
        assertThat(result.memberships()).containsExactly(
                "person/peter-okafor | organization/lagos-chamber-of-commerce | head | -");
        assertThat(result.roles.memberships().get(0).evidence().extractor()).isEqualTo("affiliation-verb-heads");
    }

    @Test
    void copularRoleAtOrganization() {
        Result result = extract("copular");
        assertThat(result.memberships()).containsExactly(
                "person/sofia-lind | organization/uppsala-university | professor | -");
        assertThat(result.roles.memberships().get(0).evidence().text())
                .isEqualTo("Sofia Lind is a professor at Uppsala University");
    }

    @Test
    void coordinatedRolesShareTheirOrganization() {
        assertThat(extract("coordination").memberships()).containsExactly(
                "person/ravi-menon | organization/kestrel-bank | chief executive | -",
                "person/ravi-menon | organization/kestrel-bank | chairman | -",
                "person/laura-pike | organization/osprey-bank | CEO | -",
                "person/laura-pike | organization/osprey-bank | President | -");
    }

    @Test
    void roleBeforeTheName() {
        assertThat(extract("before-name").memberships()).containsExactly(
                "person/mark-tully | organization/denver-police | spokesman | -",
                "person/mark-tully | - | Officer | -",
                "person/carla-benedetti | - | chief anti-fraud prosecutor | place/italy");
    }

    @Test
    void kinshipAndHonorificsAreNotRoles() {
        assertThat(extract("not-roles").memberships()).isEmpty();
    }

    @Test
    void partOfByApposition() {
        Result result = extract("partof-apposition");
        assertThat(result.memberships()).isEmpty();
        assertThat(result.partOf()).containsExactly("organization/nordic-labs < organization/halvorsen-group");
        assertThat(result.roles.partOf().get(0).evidence().text())
                .isEqualTo("Nordic Labs, a division of Halvorsen Group");
    }

    @Test
    void appointedPeopleHoldTheRoleNotThoseWhoAppointThem() {
        assertThat(extract("appointments").memberships()).containsExactlyInAnyOrder(
                "person/mark-doyle | - | President | -",
                "person/susan-reyes | - | national security adviser | -",
                "person/susan-reyes | organization/united-nations | ambassador | -",
                "person/john-tan | - | Mayor | -",
                "person/lisa-fry | - | Governor | -",
                "person/bob-lee | - | Senator | -",
                "person/jane-roe | - | nurse | -",
                "person/paul-kim | - | lawyer | -",
                "person/mary-roe | - | doctor | -",
                "person/ann-miller | organization/google | former executive | -",
                "person/ann-miller | - | CEO | -");
    }

    @Test
    void partiesNegationsAndWitnessesAreNotRoles() {
        assertThat(extract("mixed").memberships()).containsExactly(
                "person/ella-marsh | - | Sen. | -",
                "person/omar-haddad | organization/liberation-front | leader | -",
                "person/ivan-petrov | - | President | -",
                "person/li-wen | - | leader | -",
                "person/sam-porter | - | Actor | -",
                "person/arun-mehta | - | Novelist | -");
    }

    @Test
    void everyEvidenceLiesInItsSentence() {
        for (String fixture : List.of("apposition-org", "coordination", "before-name", "premodifier-org")) {
            AnnotatedArticle article = AnnotatedArticleJson.read("/roles/" + fixture + ".json");
            for (Membership m : extract(fixture).roles.memberships()) {
                assertThat(article.sentences().get(m.evidence().sentenceIndex()).span())
                        .satisfies(s -> assertThat(s.contains(m.evidence().span())).isTrue());
                assertThat(m.evidence().confidence()).isBetween(0.5, 1.0);
            }
        }
    }

    private record Result(RoleExtractor.Roles roles) {
        List<String> memberships() {
            return roles.memberships().stream().map(m -> String.join(" | ", m.personKey(),
                    m.organizationKey().orElse("-"), m.role().orElse("-"), m.placeKey().orElse("-"))).toList();
        }

        List<String> partOf() {
            return roles.partOf().stream().map((PartOf p) -> p.partKey() + " < " + p.wholeKey()).toList();
        }
    }

    private static Result extract(String fixture) {
        AnnotatedArticle article = AnnotatedArticleJson.read("/roles/" + fixture + ".json");
        List<Entity> entities = new EntityExtractor().extract(article).entities();
        return new Result(new RoleExtractor().extract(article, EntityIndex.of(entities)));
    }
}
