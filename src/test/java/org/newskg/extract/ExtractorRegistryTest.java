package org.newskg.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.newskg.extract.news.NewsFactExtractor;

class ExtractorRegistryTest {

    private record Fake(String name, Set<Output> requires, Set<Output> provides) implements ArticleExtractor {
        @Override
        public Found run(ExtractionContext context) {
            return context.found();
        }
    }

    private static List<String> order(ArticleExtractor... extractors) {
        return ExtractorRegistry.of(List.of(extractors)).ordered().stream().map(ArticleExtractor::name).toList();
    }

    @Test
    void anExtractorRunsAfterEveryExtractorThatProvidesWhatItNeedsWhateverTheOrderGiven() {
        Fake leadership = new Fake("leadership", Set.of(Output.ENTITIES, Output.ROLES), Set.of(Output.LEADERSHIP));
        Fake roles = new Fake("roles", Set.of(Output.ENTITIES), Set.of(Output.ROLES));
        Fake entities = new Fake("entities", Set.of(), Set.of(Output.ENTITIES));
        assertThat(order(leadership, roles, entities)).containsExactly("entities", "roles", "leadership");
        assertThat(order(entities, leadership, roles)).containsExactly("entities", "roles", "leadership");
    }

    @Test
    void aNeedThatNothingProvidesIsNamedAtAssembly() {
        Fake leadership = new Fake("leadership", Set.of(Output.ROLES), Set.of(Output.LEADERSHIP));
        assertThatThrownBy(() -> order(leadership)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("extractor 'leadership' requires [ROLES], which no extractor provides; add one that does");
    }

    @Test
    void twoProvidersOfOneOutputAndACycleAreRefused() {
        Fake one = new Fake("one", Set.of(), Set.of(Output.ROLES));
        Fake two = new Fake("two", Set.of(), Set.of(Output.ROLES));
        assertThatThrownBy(() -> order(one, two)).hasMessageContaining("'one' and 'two' both provide ROLES");
        Fake a = new Fake("a", Set.of(Output.FAMILY), Set.of(Output.ROLES));
        Fake b = new Fake("b", Set.of(Output.ROLES), Set.of(Output.FAMILY));
        assertThatThrownBy(() -> order(a, b)).hasMessageContaining("a, b require each other's outputs in a cycle");
    }

    @Test
    void newsExtractionRunsEntitiesAndPlacesBeforeTheRelationsThatReadThem() {
        List<String> order = NewsFactExtractor.create().build().order();
        assertThat(order).containsExactly("entities", "places", "quotations", "roles", "family", "leadership",
                "events", "relations");
    }
}
