package io.github.camellalal.examples.first;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The README's "Your first route" is this module: the same code, the same properties, the same dependencies. */
class FirstRouteReadmeTest {

    private static final Path README = Path.of("..", "README.md");
    private static final Pattern DEPENDENCY = Pattern.compile("<dependency>\\s*<groupId>([^<]+)</groupId>\\s*"
            + "<artifactId>([^<]+)</artifactId>\\s*<version>([^<]+)</version>\\s*</dependency>");

    @Test
    void theReadmeShowsThisModulesRouteAndProperties() throws Exception {
        String readme = Files.readString(README);
        assertThat(block(readme, "first-route-java")).isEqualTo(
                Files.readString(Path.of("src/main/java/io/github/camellalal/examples/first/FirstRoute.java")));
        assertThat(block(readme, "first-route-properties"))
                .isEqualTo(Files.readString(Path.of("src/main/resources/application.properties")));
    }

    @Test
    void theReadmeListsExactlyTheDependenciesThisModuleBuildsWithAtTheBuildsVersions() throws Exception {
        Document pom = xml(Path.of("pom.xml"));
        Document parent = xml(Path.of("..", "pom.xml"));
        Map<String, String> versions = Map.of(
                "io.github.camellalal", text(parent.getDocumentElement(), "version"),
                "org.apache.camel", property(parent, "camel.version"),
                "org.slf4j", property(parent, "slf4j.version"));
        List<String> built = new ArrayList<>();
        NodeList dependencies = ((Element) pom.getElementsByTagName("dependencies").item(0))
                .getElementsByTagName("dependency");
        for (int i = 0; i < dependencies.getLength(); i++) {
            Element d = (Element) dependencies.item(i);
            if (d.getElementsByTagName("scope").getLength() == 0) {
                String group = text(d, "groupId");
                built.add(group + ":" + text(d, "artifactId") + ":" + versions.get(group));
            }
        }
        List<String> shown = new ArrayList<>();
        Matcher m = DEPENDENCY.matcher(block(Files.readString(README), "first-route-dependencies"));
        while (m.find()) {
            shown.add(m.group(1) + ":" + m.group(2) + ":" + m.group(3));
        }
        assertThat(shown).hasSize(4).containsExactlyElementsOf(built);
    }

    /** The fenced code between {@code <!-- name:start -->} and {@code <!-- name:end -->}. */
    private static String block(String readme, String name) {
        Matcher m = Pattern.compile("<!-- " + name + ":start -->\\n```\\w+\\n(.*?)```\\n<!-- " + name + ":end -->",
                Pattern.DOTALL).matcher(readme);
        assertThat(m.find()).as("README block %s", name).isTrue();
        return m.group(1);
    }

    private static Document xml(Path file) throws Exception {
        return DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(file.toFile());
    }

    private static String property(Document pom, String name) {
        return text((Element) pom.getElementsByTagName("properties").item(0), name);
    }

    /** The text of the first child element named {@code tag} directly under {@code parent}. */
    private static String text(Element parent, String tag) {
        NodeList children = parent.getChildNodes();
        for (int i = 0; i < children.getLength(); i++) {
            if (children.item(i) instanceof Element e && e.getTagName().equals(tag)) {
                return e.getTextContent().trim();
            }
        }
        throw new AssertionError("no <" + tag + "> under <" + parent.getTagName() + ">");
    }
}
