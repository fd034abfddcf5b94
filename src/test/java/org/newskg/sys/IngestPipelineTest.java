package org.newskg.sys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.IntStream;
import org.apache.jena.query.Dataset;
import org.apache.jena.riot.system.StreamRDF;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.article.Article;
import org.newskg.extract.entity.EntityExtractor;
import org.newskg.nlp.MentionType;
import org.newskg.rdf.IriMinter;
import org.newskg.rdf.NkgFactMapper;
import org.newskg.store.KnowledgeStore;
import org.newskg.store.StoreException;
import org.newskg.store.Tdb2KnowledgeStore;

class IngestPipelineTest {
    private static final IriMinter IRIS = new IriMinter(IriMinter.DEFAULT_BASE);
    private static final FakeNlpEngine NLP = FakeNlpEngine.of(Map.of("Tom Baker", MentionType.PERSON,
            "Portmouth", MentionType.CITY));

    @TempDir
    Path temp;
    Tdb2KnowledgeStore store;
    final StringWriter err = new StringWriter();
    final ProblemReporter problems = new ProblemReporter(new PrintWriter(err, true), false);
    final List<String> progress = new CopyOnWriteArrayList<>();

    @BeforeEach
    void open() {
        store = Tdb2KnowledgeStore.open(temp.resolve("db"));
    }

    @AfterEach
    void close() {
        store.close();
    }

    static List<Article> articles(int n) {
        return IntStream.range(0, n).mapToObj(i -> Article.of("Story " + i, Optional.empty(), Optional.empty(),
                Optional.empty(), "Tom Baker visited Portmouth on day " + i + ". He liked it.", "story" + i + ".txt"))
                .toList();
    }

    IngestPipeline.Builder pipeline(FakeNlpEngine nlp, KnowledgeStore target) {
        return IngestPipeline.create().nlp(nlp).extractor(new EntityExtractor()).mapper(new NkgFactMapper(IRIS), IRIS)
                .store(target).problems(problems).threads(3).progress(new ProgressListener() {
                    @Override
                    public void articleDone(String source) {
                        progress.add("done " + source);
                    }

                    @Override
                    public void articleSkipped(String source) {
                        progress.add("skipped " + source);
                    }
                });
    }

    @Test
    void ingestsEveryArticleInSourceOrderWithSeveralThreads() {
        List<Article> articles = articles(12);

        IngestSummary summary = pipeline(NLP, store).build().run(sink -> articles.forEach(sink));

        assertThat(summary.articles()).isEqualTo(12);
        assertThat(summary.skipped()).isZero();
        assertThat(summary.triples()).isEqualTo(store.quadCount()).isPositive();
        assertThat(store.graphCount()).isEqualTo(12);
        assertThat(progress).containsExactlyElementsOf(articles.stream().map(a -> "done " + a.source()).toList());
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void aFailingArticleIsReportedCountedAndSkipped() {
        List<Article> articles = articles(5);
        FakeNlpEngine failing = NLP.failingOn(a -> a.title().equals("Story 2"));

        IngestSummary summary = pipeline(failing, store).build().run(sink -> articles.forEach(sink));

        assertThat(summary.articles()).isEqualTo(4);
        assertThat(summary.skipped()).isEqualTo(1);
        assertThat(problems.errors()).isEqualTo(1);
        assertThat(err.toString()).isEqualTo("newskg: error: story2.txt: could not analyze the article: the fake "
                + "engine fails on 'Story 2'. The article was skipped; rerun with --verbose for details.\n");
        assertThat(progress).contains("skipped story2.txt").hasSize(5);
        assertThat(store.graphCount()).isEqualTo(4);
    }

    @Test
    void aFailingStoreEndsTheRun() {
        KnowledgeStore broken = new KnowledgeStore() {
            @Override
            public long replaceGraph(String graphIri, Consumer<StreamRDF> writer) {
                throw new StoreException("disk full");
            }

            @Override
            public <T> T read(Function<Dataset, T> reader) {
                return store.read(reader);
            }

            @Override
            public long quadCount() {
                return 0;
            }

            @Override
            public long graphCount() {
                return 0;
            }

            @Override
            public void close() {
            }
        };

        assertThatThrownBy(() -> pipeline(NLP, broken).build().run(sink -> articles(3).forEach(sink)))
                .isInstanceOf(StoreException.class).hasMessage("disk full");
    }

    @Test
    void buildNamesWhatIsMissing() {
        assertThatThrownBy(() -> IngestPipeline.create().build()).isInstanceOf(IllegalStateException.class)
                .hasMessage("IngestPipeline needs nlp");
        assertThatThrownBy(() -> pipeline(NLP, null).build()).hasMessage("IngestPipeline needs store");
        assertThatThrownBy(() -> pipeline(NLP, store).problems(null).build())
                .hasMessage("IngestPipeline needs problems");
        assertThatThrownBy(() -> pipeline(NLP, store).threads(0).build())
                .hasMessage("threads must be at least 1 but was 0");
    }
}
