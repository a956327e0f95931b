package id.yomu.core.platform.schema;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * The changesets a module's changelog declares, read from the module's own class path: this is how a
 * build knows the schema it expects without running Liquibase. Follows {@code include} elements.
 */
public final class ChangelogManifest {

    private final List<ChangeSetId> changeSets;

    private ChangelogManifest(List<ChangeSetId> changeSets) {
        this.changeSets = List.copyOf(changeSets);
    }

    public static ChangelogManifest read(ClassLoader loader, String resource) {
        List<ChangeSetId> found = new ArrayList<>();
        collect(loader, resource, found);
        return new ChangelogManifest(found);
    }

    public List<ChangeSetId> changeSets() {
        return changeSets;
    }

    /** The required changesets of this manifest whose id and author are not among {@code applied}. */
    public List<ChangeSetId> missingFrom(Set<String> appliedKeys) {
        return changeSets.stream()
                .filter(changeSet -> !changeSet.optional())
                .filter(changeSet -> !appliedKeys.contains(changeSet.key()))
                .toList();
    }

    private static void collect(ClassLoader loader, String resource, List<ChangeSetId> found) {
        Element root = parse(loader, resource).getDocumentElement();
        NodeList children = root.getChildNodes();
        for (int i = 0; i < children.getLength(); i++) {
            if (children.item(i).getNodeType() != Node.ELEMENT_NODE) {
                continue;
            }
            Element element = (Element) children.item(i);
            switch (element.getLocalName()) {
                case "changeSet" -> found.add(new ChangeSetId(element.getAttribute("id"),
                        element.getAttribute("author"), listOf(element.getAttribute("labels")),
                        listOf(contextOf(element))));
                case "include" -> collect(loader, included(resource, element), found);
                default -> {
                    // preconditions, properties and the like declare no changeset
                }
            }
        }
    }

    private static String included(String parent, Element include) {
        String file = include.getAttribute("file");
        if ("true".equals(include.getAttribute("relativeToChangelogFile"))) {
            return parent.substring(0, parent.lastIndexOf('/') + 1) + file;
        }
        return file;
    }

    /** Liquibase 4 calls it contextFilter; the older name context still works. */
    private static String contextOf(Element changeSet) {
        String filter = changeSet.getAttribute("contextFilter");
        return filter.isEmpty() ? changeSet.getAttribute("context") : filter;
    }

    private static Set<String> listOf(String attribute) {
        return Arrays.stream(attribute.split(","))
                .map(String::trim)
                .filter(label -> !label.isEmpty())
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }

    private static Document parse(ClassLoader loader, String resource) {
        try (InputStream in = loader.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Changelog not on the class path: " + resource);
            }
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            DocumentBuilder builder = factory.newDocumentBuilder();
            return builder.parse(in);
        } catch (IOException | ParserConfigurationException | SAXException e) {
            throw new IllegalStateException("Cannot read changelog " + resource, e);
        }
    }
}
