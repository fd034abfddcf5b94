package org.newskg.rdf;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/** Literals in the one lexical form a store gives back, so that what is written is what is found again. */
public final class LiteralLib {
    /** Confidences are written to this many decimal places. */
    public static final int CONFIDENCE_PLACES = 3;

    private LiteralLib() {
    }

    /**
     * An {@code xsd:decimal} in its canonical lexical form (XSD 1.0, as Jena and TDB2 write it back): no exponent, no
     * sign for positive values, no leading zeros, no trailing zeros, and one digit either side of the point, e.g.
     * {@code 0.85}, {@code 1.0}, {@code 0.0}, {@code -12.5}.
     *
     * @param places the value is rounded half up to at most this many decimal places
     */
    public static Node decimal(double value, int places) {
        return NodeFactory.createLiteralDT(canonicalDecimal(BigDecimal.valueOf(value)
                .setScale(places, RoundingMode.HALF_UP)), XSDDatatype.XSDdecimal);
    }

    /** A confidence in [0, 1] as a canonical {@code xsd:decimal} to {@value #CONFIDENCE_PLACES} places. */
    public static Node confidence(double value) {
        return decimal(value, CONFIDENCE_PLACES);
    }

    static String canonicalDecimal(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return (stripped.scale() < 1 ? stripped.setScale(1) : stripped).toPlainString();
    }
}
