package org.newskg.extract.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.newskg.article.Article;
import org.newskg.extract.Entity;
import org.newskg.extract.EntityType;
import org.newskg.extract.Evidence;
import org.newskg.extract.Facts;
import org.newskg.nlp.MentionType;
import org.newskg.sys.FakeNlpEngine;

/** The real extractor on articles annotated by the fake engine: names resolve to entities whose evidence is exact. */
class EntityExtractorTest {
    private static final FakeNlpEngine NLP = FakeNlpEngine.of(Map.of(
            "Ana Ruiz", MentionType.PERSON, "Ruiz", MentionType.PERSON, "Baker", MentionType.PERSON,
            "Portmouth", MentionType.CITY, "Joaquín", MentionType.PERSON, "Guzmán", MentionType.PERSON));

    private static Facts extract(String body) {
        Article article = Article.of("Title", Optional.empty(), Optional.empty(), Optional.empty(), body, "a.txt");
        return new EntityExtractor().extract(NLP.annotate(article));
    }

    private static Entity entity(Facts facts, String name) {
        return facts.entities().stream().filter(e -> e.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no entity " + name + " in " + facts.entities()));
    }

    @Test
    void aFullNameAndASurnameAreOnePersonKeyedByTheFullName() {
        Facts facts = extract("City engineer Ana Ruiz inspected the bridge in Portmouth. Ruiz said it is safe.");

        Entity ruiz = entity(facts, "Ana Ruiz");
        assertThat(ruiz.key()).isEqualTo("person/ana-ruiz");
        assertThat(ruiz.type()).isEqualTo(EntityType.PERSON);
        assertThat(ruiz.names()).containsExactly("Ana Ruiz", "Ruiz");
        assertThat(ruiz.mentions()).extracting(Evidence::text).containsExactly("Ana Ruiz", "Ruiz");
        assertThat(entity(facts, "Portmouth").key()).isEqualTo("place/portmouth");
        assertThat(entity(facts, "Portmouth").type()).isEqualTo(EntityType.CITY);
    }

    @Test
    void aPersonKnownByOneNameIsKeyedToTheArticle() {
        Facts facts = extract("Baker thanked the crews.");

        assertThat(entity(facts, "Baker").key()).isEqualTo("person/baker-" + facts.article().id());
    }

    @Test
    void aNicknameInQuotesIsAnAliasOfTheNameAroundIt() {
        Facts facts = extract("The son of Joaquín \"El Chapo\" Guzmán was arrested.");

        Entity guzman = entity(facts, "Joaquín Guzmán");
        assertThat(guzman.aliases()).containsExactly("El Chapo");
        assertThat(guzman.names()).contains("Joaquín Guzmán", "El Chapo");
        assertThat(guzman.mentions()).extracting(Evidence::text).containsExactly("Joaquín \"El Chapo\" Guzmán");
    }

    @Test
    void everyMentionPointsAtItsTextAndSentenceInTheBody() {
        String body = "City engineer Ana Ruiz inspected the bridge in Portmouth.\n\nRuiz said Portmouth is safe.";
        Facts facts = extract(body);

        List<Evidence> mentions = facts.entities().stream().flatMap(e -> e.mentions().stream()).toList();
        assertThat(mentions).hasSize(4);
        for (Evidence mention : mentions) {
            assertThat(mention.span().of(body)).isEqualTo(mention.text());
            assertThat(body).contains(mention.sentenceText());
            assertThat(mention.sentenceText()).contains(mention.text());
        }
        assertThat(mentions).extracting(Evidence::sentenceIndex).containsOnly(0, 1);
    }
}
