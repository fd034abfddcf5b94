package org.newskg.linkeddata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class IriRewriterTest {
    private final IriRewriter rewriter = IriRewriter.of("http://localhost:3030/newskg/", "https://data.example.org/kg");

    @Test
    void iriUnderTheStoredBaseMoveToThePublicBaseAndOthersStay() {
        assertThat(rewriter.publicBase()).isEqualTo("https://data.example.org/kg/");
        assertThat(rewriter.rewrite("http://localhost:3030/newskg/id/person/nora-vale"))
                .isEqualTo("https://data.example.org/kg/id/person/nora-vale");
        assertThat(rewriter.rewrite("https://schema.org/Person")).isEqualTo("https://schema.org/Person");
        assertThat(rewriter.unrewrite("https://data.example.org/kg/id/person/nora-vale"))
                .isEqualTo("http://localhost:3030/newskg/id/person/nora-vale");
    }

    @Test
    void literalsAreNeverRewritten() {
        Node literal = NodeFactory.createLiteralString("http://localhost:3030/newskg/id/x");
        Triple t = Triple.create(NodeFactory.createURI("http://localhost:3030/newskg/id/x"),
                NodeFactory.createURI("http://example.org/p"), literal);

        Triple rewritten = rewriter.rewrite(t);

        assertThat(rewritten.getSubject().getURI()).isEqualTo("https://data.example.org/kg/id/x");
        assertThat(rewritten.getObject()).isEqualTo(literal);
    }

    @ParameterizedTest
    @ValueSource(strings = {"data.example.org", "ftp://data.example.org/", "https:///path", "https://x.org/?q=1",
        "https://x.org/#top", "http://bad host/"})
    void aPublicBaseMustBeAnAbsoluteHttpIri(String base) {
        assertThatThrownBy(() -> IriRewriter.of("http://localhost:3030/newskg/", base))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'" + base + "'");
    }
}
