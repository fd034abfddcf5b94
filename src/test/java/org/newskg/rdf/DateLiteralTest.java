package org.newskg.rdf;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.junit.jupiter.api.Test;

/** Issue 13, item 10: dates become XSD literals only in the years an XSD 1.0 date can hold. */
class DateLiteralTest {

    @Test
    void daysMonthsAndYearsFromYear1AreTyped() {
        assertThat(StatementMapper.dateLiteral("0001-03-03")).hasValueSatisfying(
                node -> assertThat(node.getLiteralDatatype()).isEqualTo(XSDDatatype.XSDdate));
        assertThat(StatementMapper.dateLiteral("9999-12")).hasValueSatisfying(
                node -> assertThat(node.getLiteralDatatype()).isEqualTo(XSDDatatype.XSDgYearMonth));
        assertThat(StatementMapper.dateLiteral("2006")).hasValueSatisfying(
                node -> assertThat(node.getLiteralLexicalForm()).isEqualTo("2006"));
    }

    @Test
    void yearZeroAndFiveDigitYearsAreNotTyped() {
        assertThat(StatementMapper.dateLiteral("0000-03-03")).isEmpty();
        assertThat(StatementMapper.dateLiteral("0000")).isEmpty();
        assertThat(StatementMapper.dateLiteral("+10000-01-03")).isEmpty();
        assertThat(StatementMapper.dateLiteral("PAST_REF")).isEmpty();
    }
}
