package org.newskg.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newskg.cli.CliFixtures.NAMES;
import static org.newskg.cli.CliFixtures.NEWS;
import static org.newskg.cli.IngestRunTest.ask;
import static org.newskg.cli.IngestRunTest.graphOf;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.extract.ExtractionException;
import org.newskg.extract.event.EventExtractor;
import org.newskg.extract.news.NewsFactExtractor;
import org.newskg.sys.FakeNlpLoader;
import org.newskg.sys.NewsKg;
import picocli.CommandLine;

/**
 * Issue 13, item 2: a bug in one extractor used to drop the whole article. Now the article is stored with the other
 * extractors' facts, the failure is one error line naming the article, the extractor and the sentence, and the run
 * ends with exit code 3. The failing extractor is put in through the assembly {@code ingest} uses.
 */
class Issue13ExtractorFailureTest {
    private static final Path BUDGET = NEWS.resolve("02_budget.txt");
    private static final String BUDGET_TITLE = "Council approves budget";
    private static final String NKG = "PREFIX nkg: <https://w3id.org/newskg/ns#> ";

    @RegisterExtension
    final FakeNlpLoader nlp = FakeNlpLoader.with(NAMES);

    @TempDir
    Path temp;

    /** Events that fail in the second sentence of the budget article, as a bug in the event rules would. */
    private final CommandLine.IFactory failingEvents = new CommandLine.IFactory() {
        @Override
        public <K> K create(Class<K> type) throws Exception {
            if (type != IngestCommand.class) {
                return new CommandFactory(nlp.models()).create(type);
            }
            NewsFactExtractor.Step failing = (article, before) -> {
                if (!article.article().title().equals(BUDGET_TITLE)) {
                    return before.withEvents(new EventExtractor().extract(article, before.index(),
                            before.quotations()));
                }
                return ExtractionException.inSentence(article.sentences().get(1), () -> {
                    throw new IllegalArgumentException("bad span [67, 61)");
                });
            };
            return type.cast(new IngestCommand(nlp.models(), () -> NewsKg.extractor(NewsFactExtractor.create()
                    .replace(NewsFactExtractor.EVENTS, failing).build())));
        }
    };

    @Test
    void theArticleIsStoredWithTheOtherExtractorsFactsAndTheFailureIsOneLine() {
        Path db = temp.resolve("db");

        Cli cli = Cli.runWith(failingEvents, "ingest", "--db", db, "--threads", "1", NEWS);

        assertThat(cli.exitCode()).as(cli.toString()).isEqualTo(ExitCodes.SKIPPED);
        assertThat(cli.errLines()).containsExactly("newskg: error: " + BUDGET.getFileName() + ": extractor 'events' failed in "
                + "sentence 2 'Tom Baker said the money goes to schools.': "
                + "java.lang.IllegalArgumentException: bad span [67, 61). The article was stored without that "
                + "extractor's facts; rerun with --verbose for details and report the stack trace.");
        assertThat(cli.out()).startsWith("Ingested 3 articles, ").contains(", 1 incomplete into ");
        String budget = "GRAPH <" + graphOf(BUDGET) + "> ";
        assertThat(ask(db, NKG + "ASK { " + budget + "{ ?a nkg:title '" + BUDGET_TITLE + "' } }")).isTrue();
        assertThat(ask(db, NKG + "ASK { " + budget + "{ ?p a nkg:Person ; "
                + "<http://www.w3.org/2000/01/rdf-schema#label> 'Tom Baker' } }")).isTrue();
        assertThat(ask(db, NKG + "ASK { " + budget + "{ ?p a nkg:Place ; "
                + "<http://www.w3.org/2000/01/rdf-schema#label> 'Portmouth' } }")).isTrue();
        assertThat(ask(db, NKG + "ASK { " + budget + "{ ?e a nkg:Event } }")).isFalse();
        assertThat(ask(db, NKG + "ASK { GRAPH ?g { ?e a nkg:Event } FILTER (?g != <" + graphOf(BUDGET) + ">) }"))
                .isTrue();
    }

    @Test
    void withVerboseTheFailureComesWithItsStackTrace() {
        Cli cli = Cli.runWith(failingEvents, "ingest", "--db", temp.resolve("db"), "--verbose", NEWS);

        assertThat(cli.exitCode()).as(cli.toString()).isEqualTo(ExitCodes.SKIPPED);
        assertThat(cli.errLines().get(0)).startsWith("newskg: error: " + BUDGET.getFileName() + ": extractor 'events' failed");
        assertThat(cli.errLines().get(1)).startsWith(ExtractionException.class.getName() + ": sentence 2 ");
        assertThat(cli.errLines()).anySatisfy(line -> assertThat(line).startsWith("\tat org.newskg."));
    }
}
