package org.leadtocash.examples.host;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * {@code ltc-bom}, which this module imports as a host does: it manages every published module at
 * the project's version, and nothing else, so importing it never pins a host's Guava or JUnit.
 */
class BomTest {

  @Test
  @DisplayName("the BOM manages exactly the published modules, and inherits nothing")
  void managesThePublishedModulesOnly() throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    Document bom =
        factory.newDocumentBuilder().parse(Path.of(System.getProperty("ltc.bom")).toFile());
    Element project = bom.getDocumentElement();

    assertEquals(0, project.getElementsByTagName("parent").getLength(), "no parent to inherit");
    assertEquals("org.leadtocash", child(project, "groupId"));
    assertEquals("ltc-bom", child(project, "artifactId"));
    assertEquals(System.getProperty("ltc.version"), child(project, "version"), "the version");
    assertEquals(1, project.getElementsByTagName("licenses").getLength(), "its own licence");

    List<String> managed = new ArrayList<>();
    NodeList dependencies = project.getElementsByTagName("dependency");
    for (int i = 0; i < dependencies.getLength(); i++) {
      Element dependency = (Element) dependencies.item(i);
      assertEquals("org.leadtocash", child(dependency, "groupId"));
      assertEquals("${project.version}", child(dependency, "version"));
      managed.add(child(dependency, "artifactId"));
    }
    assertEquals(Host.PUBLISHED, managed);
    assertTrue(
        project.getElementsByTagName("dependencies").getLength() == 1,
        "only <dependencyManagement> has dependencies");
  }

  private static String child(Element parent, String name) {
    NodeList children = parent.getChildNodes();
    for (int i = 0; i < children.getLength(); i++) {
      if (children.item(i) instanceof Element element && element.getTagName().equals(name)) {
        return element.getTextContent().trim();
      }
    }
    throw new AssertionError("<" + name + "> in <" + parent.getTagName() + ">");
  }
}
