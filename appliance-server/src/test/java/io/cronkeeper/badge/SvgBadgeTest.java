package io.cronkeeper.badge;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.cronkeeper.ServerTest;
import io.cronkeeper.TestServer;
import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** SVG badges are well-formed XML whatever the label holds, coloured by status, sized by text. */
@ServerTest
class SvgBadgeTest {
    private static final String SVG_NS = "http://www.w3.org/2000/svg";

    static TestServer server;
    BadgeFixture f;

    @BeforeEach
    void newProject() {
        server.clock.set(TestServer.T0);
        f = new BadgeFixture(server, "svg");
    }

    @Test
    void upBadgeHasGreyLabelAndGreenStatus() throws Exception {
        f.check("a", "web");
        Document svg = parse(fetch(f.path("web", false, "svg")));
        assertThat(svg.getDocumentElement().getLocalName()).isEqualTo("svg");
        assertThat(svg.getDocumentElement().getNamespaceURI()).isEqualTo(SVG_NS);
        assertThat(fills(svg)).containsSequence("#555", "#4c1");
        assertThat(texts(svg)).containsExactly("web", "web", "up", "up");
        assertThat(svg.getElementsByTagNameNS(SVG_NS, "title").item(0).getTextContent()).isEqualTo("web: up");
    }

    @Test
    void lateAndDownHaveTheirColours() throws Exception {
        f.ping(f.check("a", "web"), "");
        server.clock.advance(BadgeFixture.TIMEOUT);
        Document late = parse(fetch(f.path("web", false, "svg")));
        assertThat(fills(late)).containsSequence("#555", "#fe7d37");
        assertThat(texts(late)).containsExactly("web", "web", "late", "late");
        assertThat(fills(parse(fetch(f.path("web", true, "svg"))))).containsSequence("#555", "#4c1");
        server.clock.advance(BadgeFixture.GRACE);
        Document down = parse(fetch(f.path("*", true, "svg")));
        assertThat(fills(down)).containsSequence("#555", "#e05d44");
        assertThat(texts(down)).containsExactly("Cronkeeper", "Cronkeeper", "down", "down");
    }

    @Test
    void widthsAddUpAndGrowWithTheLabel() throws Exception {
        JsonNode shortName = f.check("db", "");
        JsonNode longName = f.check("database backup of the whole cluster", "");
        Document small = parse(fetch(BadgeFixture.checkBadgePath(shortName, 3, "svg")));
        Document large = parse(fetch(BadgeFixture.checkBadgePath(longName, 3, "svg")));
        assertThat(width(large)).isGreaterThan(width(small) + 150);
        for (Document svg : new Document[] {small, large}) {
            NodeList rects = svg.getElementsByTagNameNS(SVG_NS, "rect");
            Element label = (Element) rects.item(1);
            Element status = (Element) rects.item(2);
            assertThat(status.getAttribute("x")).isEqualTo(label.getAttribute("width"));
            assertThat(Integer.parseInt(label.getAttribute("width")) + Integer.parseInt(status.getAttribute("width")))
                .isEqualTo(width(svg));
        }
    }

    @Test
    void hostileCheckNameStaysTextInWellFormedXml() throws Exception {
        String name = "<script>alert('x')</script> & \"q\" \u0001\u001b ☃ 😀 日本";
        JsonNode c = f.check(name, "");
        Document svg = parse(fetch(BadgeFixture.checkBadgePath(c, 3, "svg")));
        assertThat(svg.getElementsByTagName("script").getLength()).isZero();
        assertThat(texts(svg).getFirst()).isEqualTo("<script>alert('x')</script> & \"q\" \uFFFD\uFFFD ☃ 😀 日本");
        assertThat(svg.getDocumentElement().getAttribute("aria-label")).startsWith("<script>");
    }

    @Test
    void renderReplacesWhatXmlCannotHold() throws Exception {
        String svg = SvgBadge.render("a\u0000b\ud800c\udfff\ufffe", BadgeStatus.UP);
        Document doc = parse(svg.getBytes(StandardCharsets.UTF_8));
        assertThat(texts(doc).getFirst()).isEqualTo("a\uFFFDb\uFFFDc\uFFFD\uFFFD");
    }

    @Test
    void textWidthCountsCodePointsNotChars() {
        assertThat(SvgBadge.textWidth("😀")).isEqualTo(11);
        assertThat(SvgBadge.textWidth("")).isZero();
        assertThat(SvgBadge.textWidth("iii")).isLessThan(SvgBadge.textWidth("mmm"));
    }

    private byte[] fetch(String path) {
        HttpResponse<byte[]> res = server.sendForBytes(server.request(path).GET().build());
        assertThat(res.statusCode()).as(path).isEqualTo(200);
        assertThat(res.headers().firstValue("Content-Type")).hasValue("image/svg+xml");
        return res.body();
    }

    private static Document parse(byte[] xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        var builder = factory.newDocumentBuilder();
        builder.setErrorHandler(null);
        return builder.parse(new ByteArrayInputStream(xml));
    }

    private static List<String> fills(Document svg) {
        NodeList rects = svg.getElementsByTagNameNS(SVG_NS, "rect");
        var out = new ArrayList<String>();
        for (int i = 0; i < rects.getLength(); i++) {
            out.add(((Element) rects.item(i)).getAttribute("fill"));
        }
        return out;
    }

    private static List<String> texts(Document svg) {
        NodeList texts = svg.getElementsByTagNameNS(SVG_NS, "text");
        var out = new ArrayList<String>();
        for (int i = 0; i < texts.getLength(); i++) {
            out.add(texts.item(i).getTextContent());
        }
        return out;
    }

    private static int width(Document svg) {
        return Integer.parseInt(svg.getDocumentElement().getAttribute("width"));
    }
}
