package org.newskg.rdf;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LiteralLibTest {

    @ParameterizedTest
    @CsvSource({"0.85, 0.85", "0.850, 0.85", "1, 1.0", "0, 0.0", "0.7, 0.7", "0.8504, 0.85", "0.8505, 0.851",
            "0.9996, 1.0", "0.0004, 0.0", "0.1, 0.1"})
    void confidencesAreCanonicalDecimalsToThreePlaces(double value, String lexical) {
        assertThat(LiteralLib.confidence(value).getLiteralLexicalForm()).isEqualTo(lexical);
        assertThat(LiteralLib.confidence(value).getLiteralDatatype()).isEqualTo(XSDDatatype.XSDdecimal);
    }

    @ParameterizedTest
    @CsvSource({"19.4326077, 7, 19.4326077", "-99.1332, 7, -99.1332", "10, 7, 10.0", "-0.5, 2, -0.5",
            "120.000001, 3, 120.0"})
    void decimalsHaveOneDigitEachSideOfThePointAndNoTrailingZeros(double value, int places, String lexical) {
        assertThat(LiteralLib.decimal(value, places).getLiteralLexicalForm()).isEqualTo(lexical);
    }

    @ParameterizedTest
    @CsvSource({"0.85", "1.0", "0.0", "-12.5", "19.4326077"})
    void theFormIsTheOneJenaWritesBack(String lexical) {
        String canonical = org.apache.jena.sparql.expr.NodeValue.makeDecimal(new java.math.BigDecimal(lexical))
                .asNode().getLiteralLexicalForm();
        assertThat(LiteralLib.canonicalDecimal(new java.math.BigDecimal(lexical))).isEqualTo(canonical);
    }
}
