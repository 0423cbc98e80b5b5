package app.prism.contact;

import static org.assertj.core.api.Assertions.assertThat;

import app.prism.account.UnitKind;
import java.util.List;
import org.junit.jupiter.api.Test;

class RelationshipMapSvgTest {

    private static RelationshipMap.Person person(long id, long unit, String name, BuyingRole role, Long boss) {
        return new RelationshipMap.Person(id, unit, name, "Title <b>", role, Attitude.SUPPORTER, 2, boss,
                List.of(new RelationshipMap.Owner(7, "Ann & Co")));
    }

    private static RelationshipMap map() {
        var top = new RelationshipMap.MapUnit(1, null, "Group \"A\"", UnitKind.GROUP, "Köln", "DE", 1, true,
                List.of(person(10, 1, "Boss", BuyingRole.DECISION_MAKER, null),
                        person(11, 1, "Report <x>", BuyingRole.USER, 10L)));
        var site = new RelationshipMap.MapUnit(2, 1L, "Site", UnitKind.SITE, null, null, 2, false, List.of());
        return new RelationshipMap(5, "Acme & Sons", null, List.of(top, site),
                List.of(new RelationshipMap.ReportingLine(11, 10)), List.of(2L));
    }

    @Test
    void everyTextIsEscapedAndTheDocumentIsWellFormed() throws Exception {
        String svg = RelationshipMapSvg.render(map());

        assertThat(svg).contains("Acme &amp; Sons").contains("Group &quot;A&quot;").contains("Report &lt;x&gt;")
                .contains("Title &lt;b&gt;").contains("Known by Ann &amp; Co").doesNotContain("<b>").doesNotContain("<x>");
        var parser = javax.xml.parsers.DocumentBuilderFactory.newInstance().newDocumentBuilder();
        var doc = parser.parse(new java.io.ByteArrayInputStream(svg.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        assertThat(doc.getDocumentElement().getTagName()).isEqualTo("svg");
    }

    @Test
    void aUnitWithoutADecisionMakerGetsTheDashedGapCardAndReportingLinesAreDrawn() {
        String svg = RelationshipMapSvg.render(map());

        assertThat(svg).contains("No decision maker known here").contains("stroke-dasharray=\"6 4\"")
                .contains("marker-end=\"url(#arrow)\"");
    }

    @Test
    void theLayoutIsDeterministic() {
        assertThat(RelationshipMapSvg.render(map())).isEqualTo(RelationshipMapSvg.render(map()));
    }

    @Test
    void controlCharactersThatXmlCannotHoldAreDropped() {
        assertThat(RelationshipMapSvg.esc("a\u0001b\tc")).isEqualTo("ab\tc");
    }
}
