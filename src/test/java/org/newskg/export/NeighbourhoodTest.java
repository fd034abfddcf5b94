package org.newskg.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.jena.query.QueryCancelledException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.newskg.store.Tdb2KnowledgeStore;

/**
 * Issue 13 item 9: a focus is read outwards by bounded queries, and that must select exactly what filtering the whole
 * graph selects, for every node of the fixture, every depth and each narrowing option; a budget bounds a selection
 * as a whole.
 */
class NeighbourhoodTest {
    @TempDir
    static Path dir;
    static Tdb2KnowledgeStore store;
    static VizGraph whole;

    @BeforeAll
    static void openTheFixture() {
        store = Tdb2KnowledgeStore.open(ExportFixtures.storeDatabase(dir.resolve("db")));
        whole = store.read(StoreGraphReader::read);
    }

    @AfterAll
    static void close() {
        store.close();
    }

    /** Every node as the focus; JUnit calls this after {@code @BeforeAll}. */
    static Stream<Arguments> selections() {
        List<Arguments> all = new ArrayList<>();
        for (VizNode node : whole.nodes()) {
            for (int depth = 0; depth <= 3; depth++) {
                Selection plain = Selection.all().withFocus(node.id(), depth);
                all.add(Arguments.of(plain));
                all.add(Arguments.of(plain.withTypes(Set.of(Category.Person, Category.Organization))));
                all.add(Arguments.of(plain.withMinConfidence(0.8).withoutAlleged()));
            }
        }
        return all.stream();
    }

    @ParameterizedTest
    @MethodSource("selections")
    void theNeighbourhoodIsWhatFilteringTheWholeGraphSelects(Selection selection) {
        VizGraph filtered = SubgraphFilter.apply(whole, selection, selection.focus());

        VizGraph read = store.read(dataset -> Neighbourhood.read(dataset, selection));

        assertThat(read.nodes()).containsExactlyInAnyOrderElementsOf(filtered.nodes());
        assertThat(read.edges().stream().map(NeighbourhoodTest::withoutId).toList())
                .containsExactlyInAnyOrderElementsOf(filtered.edges().stream().map(NeighbourhoodTest::withoutId)
                        .toList());
        assertThat(read.edges()).extracting(VizEdge::id).doesNotHaveDuplicates();
    }

    @Test
    void aSelectionPastItsBudgetIsCancelled() {
        GraphSelector hurried = GraphSelector.over(store).within(Duration.ofNanos(1));

        assertThatThrownBy(() -> hurried.select(Selection.all())).isInstanceOf(QueryCancelledException.class);
        assertThatThrownBy(() -> hurried.select(Selection.all().withFocus(whole.nodes().get(0).id(), 2)))
                .isInstanceOf(QueryCancelledException.class);
    }

    @Test
    void aSelectionWithinItsBudgetIsTheSame() {
        Selection selection = Selection.all().withFocus(whole.nodes().get(0).id(), 2);

        assertThat(GraphSelector.over(store).within(Duration.ofSeconds(30)).select(Selection.all()).nodes())
                .isEqualTo(whole.nodes());
        assertThat(GraphSelector.over(store).within(Duration.ofSeconds(30)).select(selection))
                .isEqualTo(GraphSelector.over(store).select(selection));
    }

    private static List<Object> withoutId(VizEdge edge) {
        return List.of(edge.source(), edge.target(), edge.relation(), edge.status(), edge.role(), edge.confidence(),
                edge.date(), edge.dateEnd(), edge.evidence(), edge.article(), edge.articleDate());
    }
}
