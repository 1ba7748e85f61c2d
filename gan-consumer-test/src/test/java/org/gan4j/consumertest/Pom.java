package org.gan4j.consumertest;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;

/** A {@code pom.xml} read as XML, with the few questions the tests ask of it; nothing is interpolated. */
final class Pom {
    private final Path file;
    private final Element project;

    private Pom(Path file, Element project) {
        this.file = file;
        this.project = project;
    }

    /** @return the POM in {@code file} */
    static Pom read(Path file) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            return new Pom(file, factory.newDocumentBuilder().parse(file.toFile()).getDocumentElement());
        } catch (ParserConfigurationException | SAXException | IOException e) {
            throw new IllegalStateException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    /** @return the file it was read from */
    Path file() {
        return file;
    }

    /** @return the element at {@code path} (names separated by '/') below {@code <project>}, if there is one */
    Optional<Element> element(String path) {
        Element current = project;
        for (String name : path.split("/")) {
            current = children(current, name).stream().findFirst().orElse(null);
            if (current == null) {
                return Optional.empty();
            }
        }
        return Optional.of(current);
    }

    /** @return the trimmed text at {@code path}, or "" when there is none */
    String text(String path) {
        return element(path).map(e -> e.getTextContent().strip()).orElse("");
    }

    /** @return the {@code <name>} children of the element at {@code path} */
    List<Element> all(String path, String name) {
        return element(path).map(e -> children(e, name)).orElse(List.of());
    }

    /** @return an element's text with runs of white space made one space, to compare elements written differently */
    static String normalized(Element element) {
        return element.getTextContent().strip().replaceAll("\\s+", " ");
    }

    /** @return the text of {@code element}'s child {@code name}, or {@code otherwise} when it has none */
    static String child(Element element, String name, String otherwise) {
        List<Element> found = children(element, name);
        return found.isEmpty() ? otherwise : found.get(0).getTextContent().strip();
    }

    private static List<Element> children(Element parent, String name) {
        List<Element> found = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && e.getTagName().equals(name)) {
                found.add(e);
            }
        }
        return found;
    }
}
