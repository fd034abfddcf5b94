package org.newskg.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

class GoldFileTest {
    private static final String SOURCE = "gold/00_seed.tsv";

    @Test
    void parsesKindsAndFieldsSkippingCommentsAndBlankLines() {
        String text = """
                # kind\tfield1\tfield2
                entity\tperson\tDonald Trump|^Trump$

                   # indented comment
                family\tOvidio\tJoaqu[ií]n|El Chapo\tchildOf
                notquote\t-\t^\\W*El Chapo\\W*$
                """;

        List<GoldFact> facts = GoldFile.parse(text, SOURCE);

        assertThat(facts).extracting(GoldFact::kind)
                .containsExactly(FactKind.ENTITY, FactKind.FAMILY, FactKind.NOTQUOTE);
        assertThat(facts.get(0).fields()).containsExactly("person", "Donald Trump|^Trump$");
        assertThat(facts.get(1).line()).isEqualTo(5);
        assertThat(facts.get(1).location()).isEqualTo("gold/00_seed.tsv [line 5]");
        assertThat(facts.get(1).source()).isEqualTo(SOURCE);
    }

    @Test
    void dropsCarriageReturns() {
        List<GoldFact> facts = GoldFile.parse("# c\r\nlocated\tSonora\tMexico\r\n", SOURCE);

        assertThat(facts).singleElement().satisfies(f -> {
            assertThat(f.fields()).containsExactly("Sonora", "Mexico");
            assertThat(f.line()).isEqualTo(2);
        });
    }

    @Test
    void patternsAreCaseInsensitiveAlsoBeyondAscii() {
        GoldFact fact = GoldFile.parse("entity\tperson\tŞAHIN|joaquín\n", SOURCE).get(0);

        Pattern name = fact.patterns().get(1).orElseThrow();
        assertThat(name.matcher("Uğur Şahin").find()).isTrue();
        assertThat(name.matcher("JOAQUÍN Guzmán").find()).isTrue();
        assertThat(fact.patterns().get(0).orElseThrow().matcher("Person").find()).isTrue();
    }

    @Test
    void dashInNotquoteSpeakerMeansAnyButIsLiteralElsewhere() {
        List<GoldFact> facts = GoldFile.parse("notquote\t-\tlegitimate\nentity\tperson\t-\n", SOURCE);

        assertThat(facts.get(0).patterns().get(0)).isEmpty();
        assertThat(facts.get(1).patterns().get(1)).map(Pattern::pattern).isEqualTo(Optional.of("-"));
    }

    @Test
    void emptyFileHasNoFacts() {
        assertThat(GoldFile.parse("", SOURCE)).isEmpty();
        assertThat(GoldFile.parse("# only a comment\n\n", SOURCE)).isEmpty();
    }

    @Test
    void unknownKindNamesFileLineAndTheKnownKinds() {
        String text = "entity\tperson\tTrump\nentiy\tperson\tTrump\n";

        assertThatThrownBy(() -> GoldFile.parse(text, SOURCE))
                .isInstanceOf(EvaluationException.class)
                .hasMessage("gold/00_seed.tsv [line 2]: unknown kind 'entiy'. Use one of entity, leadership, "
                        + "affiliation, family, quote, notquote, event, located, other, followed by tab-separated fields.")
                .satisfies(e -> {
                    EvaluationException ee = (EvaluationException) e;
                    assertThat(ee.source()).contains(SOURCE);
                    assertThat(ee.line()).hasValue(2);
                    assertThat(ee.input()).contains("entiy\tperson\tTrump");
                });
    }

    @Test
    void wrongFieldCountSaysWhatTheKindExpects() {
        assertThatThrownBy(() -> GoldFile.parse("\n\nfamily\tOvidio\tJoaquin\n", SOURCE))
                .isInstanceOf(EvaluationException.class)
                .hasMessage("gold/00_seed.tsv [line 3]: kind 'family' expects 3 tab-separated fields (PERSON, "
                        + "RELATIVE, RELATION) but the line has 2: 'family\\tOvidio\\tJoaquin'. Separate the fields "
                        + "with exactly one tab.");
    }

    @Test
    void spacesInsteadOfTabsAreAFieldCountError() {
        assertThatThrownBy(() -> GoldFile.parse("entity person Trump\n", SOURCE))
                .hasMessageStartingWith("gold/00_seed.tsv [line 1]: unknown kind 'entity person Trump'");
        assertThatThrownBy(() -> GoldFile.parse("entity\tperson Trump\n", SOURCE))
                .hasMessageStartingWith("gold/00_seed.tsv [line 1]: kind 'entity' expects 2 tab-separated fields "
                        + "(TYPE, NAME) but the line has 1");
    }

    @Test
    void badRegexNamesTheFieldAndThePattern() {
        assertThatThrownBy(() -> GoldFile.parse("quote\tTrump\tIf (Mexico needs\n", SOURCE))
                .isInstanceOf(EvaluationException.class)
                .hasMessage("gold/00_seed.tsv [line 1]: field 2 (TEXT) is not a valid regular expression: "
                        + "Unclosed group at index 16 in 'If (Mexico needs'. Fix the pattern; escape literal "
                        + "characters such as ( [ . with a backslash.");
    }

    @Test
    void emptyFieldIsAnError() {
        assertThatThrownBy(() -> GoldFile.parse("leadership\tOvidio\t\tcurrent\n", SOURCE))
                .isInstanceOf(EvaluationException.class)
                .hasMessage("gold/00_seed.tsv [line 1]: field 2 (ORG) of a 'leadership' line is empty. Write a "
                        + "regular expression there (two tabs in a row leave a field empty).");
    }

    @Test
    void longInputIsCutAt80Characters() {
        String kind = "x".repeat(100);

        assertThatThrownBy(() -> GoldFile.parse(kind + "\ta\tb\n", SOURCE))
                .hasMessageContaining("unknown kind '" + "x".repeat(80) + "...'");
    }

    @Test
    void goldFactRejectsBadFactsMadeInCode() {
        assertThatThrownBy(() -> GoldFact.of(FactKind.ENTITY, "person"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> GoldFact.of(FactKind.ENTITY, "person", "("))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(GoldFact.of(FactKind.QUOTE, "Trump", "If Mexico").text()).isEqualTo("quote\tTrump\tIf Mexico");
    }
}
