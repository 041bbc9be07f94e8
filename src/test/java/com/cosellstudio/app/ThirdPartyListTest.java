package com.cosellstudio.app;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * Every library the pom ships (each dependency that is not for tests) is named in the About box's
 * third-party list, at the version the pom asks for, with a licence: adding or upgrading one
 * without saying under which licence fails here.
 */
class ThirdPartyListTest {
    private static final Pattern PROPERTY = Pattern.compile("\\$\\{([^}]+)}");

    @Test
    void everyShippedDependencyOfThePomIsListedWithItsVersionAndLicence() throws Exception {
        List<About.Library> listed = About.ofThisBuild().libraries();
        Document pom = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(Path.of("pom.xml").toFile());
        Map<String, String> properties = new HashMap<>();
        Element project = pom.getDocumentElement();
        for (Node node = child(project, "properties").getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element property) {
                properties.put(property.getTagName(), property.getTextContent().strip());
            }
        }
        NodeList dependencies = child(project, "dependencies").getElementsByTagName("dependency");
        int shipped = 0;
        for (int i = 0; i < dependencies.getLength(); i++) {
            Element dependency = (Element) dependencies.item(i);
            if (dependency.getParentNode().getParentNode() != project) {
                continue;
            }
            String scope = text(dependency, "scope");
            if ("test".equals(scope) || "provided".equals(scope)) {
                continue;
            }
            String artifact = text(dependency, "groupId") + ":" + text(dependency, "artifactId");
            String version = resolve(text(dependency, "version"), properties);
            shipped++;
            assertTrue(listed.stream().anyMatch(library -> library.artifact().equals(artifact)
                            && library.version().equals(version) && !library.licence().isBlank()),
                    artifact + " " + version + " is not in third-party.txt");
        }
        assertTrue(shipped >= 8, "the pom's dependencies were read: " + shipped);
    }

    private static String resolve(String value, Map<String, String> properties) {
        Matcher property = PROPERTY.matcher(value);
        return property.matches() ? properties.get(property.group(1)) : value;
    }

    private static Element child(Element parent, String name) {
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element && element.getTagName().equals(name)) {
                return element;
            }
        }
        throw new AssertionError("no <" + name + "> in the pom");
    }

    private static String text(Element parent, String name) {
        NodeList found = parent.getElementsByTagName(name);
        return found.getLength() == 0 ? null : found.item(0).getTextContent().strip();
    }
}
