package org.newskg.rdf;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/**
 * The newskg vocabulary, as defined in {@code ontology/newskg.ttl}. Every term the pipeline writes is named here, so
 * the ontology, the SHACL shapes, the named queries and the mapper agree on one list.
 */
public final class NKG {
    public static final String NS = "https://w3id.org/newskg/ns#";

    // Classes: articles and provenance
    public static final Resource Article = resource("Article");
    public static final Resource Evidence = resource("Evidence");
    public static final Resource Mention = resource("Mention");

    // Classes: entities
    public static final Resource Entity = resource("Entity");
    public static final Resource Person = resource("Person");
    public static final Resource Organization = resource("Organization");
    public static final Resource Place = resource("Place");
    public static final Resource Country = resource("Country");
    public static final Resource FirstLevelDivision = resource("FirstLevelDivision");
    public static final Resource City = resource("City");
    public static final Resource CriminalOrganization = resource("CriminalOrganization");
    public static final Resource Region = resource("Region");
    public static final Resource Containment = resource("Containment");

    // Classes: statements to come (quotations, n-ary relations, events)
    public static final Resource Quotation = resource("Quotation");
    public static final Resource Event = resource("Event");
    public static final Resource Leadership = resource("Leadership");
    public static final Resource Membership = resource("Membership");
    public static final Resource FamilyTie = resource("FamilyTie");
    public static final Resource RelationStatement = resource("RelationStatement");

    // Article metadata
    public static final Property title = property("title");
    public static final Property published = property("published");
    public static final Property author = property("author");
    public static final Property sourceUrl = property("sourceUrl");
    public static final Property sourceFile = property("sourceFile");
    public static final Property contentHash = property("contentHash");
    public static final Property ingestedAt = property("ingestedAt");

    // Entities
    public static final Property name = property("name");
    public static final Property alias = property("alias");
    public static final Property mentionCount = property("mentionCount");
    public static final Property mentionedIn = property("mentionedIn");
    public static final Property mention = property("mention");

    // Provenance, on Evidence and its subclass Mention
    public static final Property article = property("article");
    public static final Property sentenceText = property("sentenceText");
    public static final Property sentenceIndex = property("sentenceIndex");
    public static final Property beginOffset = property("beginOffset");
    public static final Property endOffset = property("endOffset");
    public static final Property text = property("text");
    public static final Property extractor = property("extractor");
    public static final Property confidence = property("confidence");
    public static final Property evidence = property("evidence");

    // Relations to come; named now so the queries in queries/ run against a fixed vocabulary.
    public static final Property leader = property("leader");
    public static final Property organization = property("organization");
    public static final Property member = property("member");
    public static final Property role = property("role");
    public static final Property status = property("status");
    public static final Property person = property("person");
    public static final Property relative = property("relative");
    public static final Property relation = property("relation");
    public static final Property speaker = property("speaker");
    public static final Property located = property("located");
    public static final Property eventType = property("eventType");
    public static final Property dateEnd = property("dateEnd");
    public static final Property dateInferred = property("dateInferred");
    public static final Property dateExpression = property("dateExpression");
    public static final Resource Participation = resource("Participation");
    public static final Property participation = property("participation");
    public static final Property participant = property("participant");
    public static final Property participantDescription = property("participantDescription");
    public static final Property participantRole = property("participantRole");
    public static final Property count = property("count");
    public static final Property speechAct = property("speechAct");
    public static final Property date = property("date");
    public static final Property place = property("place");
    public static final Property speechVerb = property("speechVerb");
    public static final Property audience = property("audience");
    public static final Property speechDate = property("speechDate");
    public static final Property quotedIn = property("quotedIn");
    public static final Property jurisdiction = property("jurisdiction");
    public static final Property partOf = property("partOf");

    // Places: containment statements and what the gazetteer says of a place
    public static final Property contains = property("contains");
    public static final Property containedPlace = property("containedPlace");
    public static final Property container = property("container");
    public static final Property countryCode = property("countryCode");
    public static final Property divisionCode = property("divisionCode");
    public static final Property geonamesId = property("geonamesId");

    // Values of nkg:status: individuals of nkg:Status whose local name is the status.
    public static final Resource current = resource("current");
    public static final Resource former = resource("former");
    public static final Resource alleged = resource("alleged");

    // Links to the web of data: an EntityLink node records each link's provenance.
    public static final Resource EntityLink = resource("EntityLink");
    public static final Property linkedEntity = property("linkedEntity");
    public static final Property linkTarget = property("linkTarget");
    public static final Property wikipediaPage = property("wikipediaPage");
    public static final Property linkRelation = property("linkRelation");

    // Family relations: properties of the direct triples, and the values of nkg:relation on a FamilyTie.
    public static final Property childOf = property("childOf");
    public static final Property parentOf = property("parentOf");
    public static final Property spouseOf = property("spouseOf");
    public static final Property siblingOf = property("siblingOf");
    public static final Property relativeOf = property("relativeOf");

    private NKG() {
    }

    private static Resource resource(String local) {
        return ResourceFactory.createResource(NS + local);
    }

    private static Property property(String local) {
        return ResourceFactory.createProperty(NS + local);
    }
}
