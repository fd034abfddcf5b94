package org.newskg.extract.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newskg.extract.ExtractionContext;
import org.newskg.extract.Found;
import org.newskg.extract.entity.EntityExtractor;
import org.newskg.nlp.AnnotatedArticle;
import org.newskg.nlp.AnnotatedArticleJson;

/**
 * The relations of rules alone on invented sentences, parsed once by CoreNLP and recorded under
 * {@code relations/}. A fact is written "subject property object [rule]", with entity keys.
 */
class RuleRelationExtractorTest {

    @Test
    void birthPlacesStatedByBornInOrNativeOfEachNameTheirRule() {
        assertThat(relations("birthplace")).containsExactlyInAnyOrder(
                "person/mara-velk birthPlace place/tarnow [birthplace-born-in]",
                "person/oskar-lindqvist birthPlace place/uppsala [birthplace-born-in-clause]",
                "person/ilse-brand birthPlace place/dornbirn [birthplace-native-apposed]",
                "person/piet-alder birthPlace place/ghent [birthplace-native-copula]");
    }

    /** "Born in Kessel, Jana Ruhl moved ..." is parsed with the name as an apposition of the place: no rule reads it. */
    @Test
    void noBirthPlaceFromANegationAYearAloneOrSomeoneElsesBirth() {
        assertThat(relations("birthplace")).noneMatch(r -> r.startsWith("person/ada-stern")
                || r.startsWith("person/ben-ott") || r.startsWith("person/lena-hovik"));
    }

    static List<String> relations(String fixture) {
        AnnotatedArticle article = AnnotatedArticleJson.read(fixture(fixture));
        Found entities = Found.NOTHING.withEntities(new EntityExtractor().extract(article).entities());
        return new RuleRelationExtractor().run(new ExtractionContext(article, entities)).relations().stream()
                .map(r -> r.subjectKey() + " " + r.property() + " " + r.objectKey() + " ["
                        + r.evidence().extractor() + "]").toList();
    }

    private static Path fixture(String name) {
        try {
            return Path.of(RuleRelationExtractorTest.class.getResource("/relations/" + name + ".json").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
