package org.newskg.sys;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.article.Article;
import org.newskg.nlp.AnnotatedArticle;
import org.newskg.nlp.MentionType;

class CachedNlpEngineTest {
    @TempDir
    Path cache;

    private final FakeNlpEngine engine = FakeNlpEngine.of(Map.of("Ana Costa", MentionType.PERSON));

    @Test
    void anArticleSeenBeforeIsReadFromTheCacheWithoutTheEngine() {
        Article article = article("Ana Costa spoke on Monday.");
        AnnotatedArticle first = new CachedNlpEngine(engine, "profile-1", cache).annotate(article);
        AnnotatedArticle second = new CachedNlpEngine(engine, "profile-1", cache).annotate(article);

        assertThat(engine.annotated()).isEqualTo(1);
        assertThat(second.sentences()).isEqualTo(first.sentences());
        assertThat(second.mentions()).isEqualTo(first.mentions());
        assertThat(second.article()).isSameAs(article);
    }

    @Test
    void anEditedArticleOrAnotherPipelineIsAnnotatedAfresh() {
        new CachedNlpEngine(engine, "profile-1", cache).annotate(article("Ana Costa spoke on Monday."));
        new CachedNlpEngine(engine, "profile-1", cache).annotate(article("Ana Costa spoke on Tuesday."));
        new CachedNlpEngine(engine, "profile-2", cache).annotate(article("Ana Costa spoke on Monday."));

        assertThat(engine.annotated()).isEqualTo(3);
    }

    private static Article article(String body) {
        return new Article("a1", "Title", Optional.empty(), Optional.empty(), Optional.empty(), body, "test.txt",
                Integer.toHexString(body.hashCode()));
    }
}
