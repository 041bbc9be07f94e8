package com.cosellstudio.io;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Where a workbook keeps what the reader needs, found as Excel finds it: the package relations name
 * the workbook part, the workbook names its sheets in tab order with their visibility and whether
 * it counts dates from 1904, and the workbook's relations lead to each sheet, the shared strings and
 * the styles.
 */
final class WorkbookParts {
    private static final String OFFICE_DOCUMENT = "/officeDocument";
    private static final String WORKSHEET = "/worksheet";

    /**
     * The first sheet of cells a user sees when opening the workbook (hidden ones and chart sheets
     * skipped), or null when there is none.
     */
    final String sheetName;
    final String sheetPart;
    final String sharedStringsPart;
    final String stylesPart;
    final boolean date1904;

    private WorkbookParts(String sheetName, String sheetPart, String sharedStringsPart, String stylesPart, boolean date1904) {
        this.sheetName = sheetName;
        this.sheetPart = sheetPart;
        this.sharedStringsPart = sharedStringsPart;
        this.stylesPart = stylesPart;
        this.date1904 = date1904;
    }

    static WorkbookParts find(WorkbookPackage pkg, WorkbookXml xml) throws IOException, XMLStreamException, UnreadableFileException {
        // Well-formed or damaged, like every other part Excel would read first.
        xml.parse(pkg.open("[Content_Types].xml"), new WorkbookXml.Handler() { });
        Relations root = Relations.read(pkg, xml, "");
        String workbook = root.targetOfType(OFFICE_DOCUMENT);
        if (workbook == null) {
            return null;
        }
        Relations relations = Relations.read(pkg, xml, workbook);
        Sheets sheets = new Sheets(relations);
        xml.parse(pkg.open(workbook), sheets);
        String sheetPart = sheets.id == null ? null : relations.target(sheets.id);
        return new WorkbookParts(sheets.name, sheetPart, relations.targetOfType("/sharedStrings"),
                relations.targetOfType("/styles"), sheets.date1904);
    }

    /** The {@code <sheet>} entries of workbook.xml, in tab order, for the first visible sheet of cells. */
    private static final class Sheets implements WorkbookXml.Handler {
        private static final String RELATIONSHIPS_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
        private static final String STRICT_RELATIONSHIPS_NS = "http://purl.oclc.org/ooxml/officeDocument/relationships";
        private final Relations relations;
        String name;
        String id;
        boolean date1904;

        Sheets(Relations relations) {
            this.relations = relations;
        }

        @Override
        public void start(String localName, XMLStreamReader attributes) {
            if ("workbookPr".equals(localName)) {
                String value = attributes.getAttributeValue(null, "date1904");
                date1904 = "1".equals(value) || "true".equals(value);
            } else if ("sheet".equals(localName) && id == null) {
                String state = attributes.getAttributeValue(null, "state");
                String relation = attributes.getAttributeValue(RELATIONSHIPS_NS, "id");
                relation = relation != null ? relation : attributes.getAttributeValue(STRICT_RELATIONSHIPS_NS, "id");
                if ((state == null || "visible".equals(state)) && relations.isOfType(relation, WORKSHEET)) {
                    id = relation;
                    name = attributes.getAttributeValue(null, "name");
                }
            }
        }
    }

    /** The relations of one part ({@code _rels/NAME.rels}), targets resolved to part names. */
    private static final class Relations implements WorkbookXml.Handler {
        private final String folder;
        private final Map<String, String> byId = new HashMap<>();
        private final Map<String, String> typeById = new HashMap<>();
        private final List<String[]> typed = new ArrayList<>();

        private Relations(String folder) {
            this.folder = folder;
        }

        /** The relations of {@code source} ("" for the package's own). */
        static Relations read(WorkbookPackage pkg, WorkbookXml xml, String source) throws IOException, XMLStreamException,
                UnreadableFileException {
            int slash = source.lastIndexOf('/');
            String folder = slash < 0 ? "" : source.substring(0, slash + 1);
            String name = source.substring(slash + 1);
            Relations relations = new Relations(folder);
            xml.parse(pkg.open(folder + "_rels/" + name + ".rels"), relations);
            return relations;
        }

        @Override
        public void start(String localName, XMLStreamReader attributes) {
            if (!"Relationship".equals(localName) || "External".equals(attributes.getAttributeValue(null, "TargetMode"))) {
                return;
            }
            String id = attributes.getAttributeValue(null, "Id");
            String type = attributes.getAttributeValue(null, "Type");
            String target = attributes.getAttributeValue(null, "Target");
            if (id == null || type == null || target == null) {
                return;
            }
            String part = resolve(folder, target);
            byId.put(id, part);
            typeById.put(id, type);
            typed.add(new String[] {type, part});
        }

        String target(String id) {
            return byId.get(id);
        }

        boolean isOfType(String id, String typeEnd) {
            String type = typeById.get(id);
            return type != null && type.endsWith(typeEnd);
        }

        String targetOfType(String typeEnd) {
            for (String[] relation : typed) {
                if (relation[0].endsWith(typeEnd)) {
                    return relation[1];
                }
            }
            return null;
        }

        /** "worksheets/sheet1.xml" from "xl/" is "xl/worksheets/sheet1.xml"; "/xl/x.xml" is absolute; ".." climbs. */
        static String resolve(String folder, String target) {
            String path = target.startsWith("/") ? target.substring(1) : folder + target;
            Deque<String> parts = new ArrayDeque<>();
            for (String segment : path.split("/")) {
                if (segment.equals("..")) {
                    parts.pollLast();
                } else if (!segment.isEmpty() && !segment.equals(".")) {
                    parts.addLast(segment);
                }
            }
            return String.join("/", parts);
        }
    }
}
