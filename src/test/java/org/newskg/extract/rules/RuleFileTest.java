package org.newskg.extract.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newskg.extract.EntityType.TopType;
import org.newskg.extract.rules.PathRule.Move;
import org.newskg.extract.rules.PathRule.Node;

class RuleFileTest {

    @Test
    void readsNounsAndARulesPathOfMovesAndNodes() {
        RuleFile file = RuleFile.parse("test.rules", List.of("# comment", "noun  aunt  relativeOf",
                "kin-x  noun  A <appos {noun} >nmod:poss|nmod:of B  # trailing comment"));
        assertThat(file.nouns()).containsEntry("aunt", "relativeOf");
        PathRule rule = file.rules().get(0);
        assertThat(rule.name()).isEqualTo("kin-x");
        assertThat(rule.relation()).isEqualTo(PathRule.FROM_NOUN);
        assertThat(rule.steps()).hasSize(5);
        Move possessor = (Move) rule.steps().get(3);
        assertThat(possessor.accepts("nmod:of")).isTrue();
        assertThat(possessor.accepts("nmod:in")).isFalse();
        assertThat(((Node) rule.steps().get(4)).argument()).isEqualTo("B");
    }

    @Test
    void aBadLineNamesItsFileLineAndWhatWasExpected() {
        List<String> lines = List.of("", "bad-move  spouseOf  A ~nsubj {marry} >obj B");
        assertThatThrownBy(() -> RuleFile.parse("family.rules", lines))
                .hasMessage("family.rules [line 2]: expected >rel, <rel, +1, -1, +1* or -1* but was '~nsubj'. "
                        + "Fix the rules file.");
        assertThatThrownBy(() -> RuleFile.parse("family.rules", List.of("x  spouseOf  A <nsubj {marry}")))
                .hasMessageContaining("[line 1]: expected argument B but was '{marry}'");
    }

    @Test
    void anArgumentsLineTypesAAndBAndALexiconNodeLoadsItsWordList() {
        RuleFile file = RuleFile.parse("test.rules", List.of("arguments  PERSON  ORGANIZATION",
                "lead-x  leads  A <nsubj {@leadership-verbs} >obj B"));
        assertThat(file.arguments()).containsExactly(TopType.PERSON, TopType.ORGANIZATION);
        assertThat(file.lexicons()).containsKey("leadership-verbs");
        assertThat(file.lexicons().get("leadership-verbs").contains("lead")).isTrue();
        assertThatThrownBy(() -> RuleFile.parse("test.rules", List.of("arguments  PERSON  COMPANY")))
                .hasMessageContaining("[line 1]: expected PERSON, ORGANIZATION or PLACE but was 'COMPANY'");
        assertThatThrownBy(() -> new PathRuleEngine(RuleFile.parse("t.rules", List.of())))
                .hasMessageContaining("no 'arguments TYPE TYPE' line");
    }

    @Test
    void theFamilyRulesFileLoads() {
        RuleFile file = RuleFile.load("/org/newskg/extract/rules/family.rules");
        assertThat(file.rules()).extracting(PathRule::name).contains("family-married", "family-noun-apposition");
        assertThat(file.nouns()).containsEntry("wife", "spouseOf").containsEntry("son", "childOf");
    }
}
