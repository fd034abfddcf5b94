package org.newskg.rdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newskg.extract.Entity;
import org.newskg.extract.EntityType;

class IriMinterTest {
    private static final Entity CARLSEN = new Entity("person/laura-carlsen", EntityType.PERSON, "Laura Carlsen",
            List.of("Laura Carlsen"), List.of(), List.of());

    @Test
    void mintsArticleEntityAndMentionIrisUnderTheBase() {
        IriMinter iris = new IriMinter("https://kg.example/news/");

        assertThat(iris.article("abc123").getURI()).isEqualTo("https://kg.example/news/id/article/abc123");
        assertThat(iris.entity(CARLSEN).getURI()).isEqualTo("https://kg.example/news/id/person/laura-carlsen");
        assertThat(iris.mention("abc123", 7).getURI()).isEqualTo("https://kg.example/news/id/article/abc123/mention/7");
    }

    @Test
    void aBaseWithoutTrailingSlashGetsOne() {
        assertThat(new IriMinter("https://kg.example/news").base()).isEqualTo("https://kg.example/news/");
        assertThat(new IriMinter("https://kg.example/news").article("a").getURI())
                .isEqualTo("https://kg.example/news/id/article/a");
    }

    @Test
    void theDefaultBaseIsTheLocalServer() {
        assertThat(new IriMinter(IriMinter.DEFAULT_BASE).entity(CARLSEN).getURI())
                .isEqualTo("http://localhost:3030/newskg/id/person/laura-carlsen");
    }
}
