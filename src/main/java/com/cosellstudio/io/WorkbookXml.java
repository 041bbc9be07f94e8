package com.cosellstudio.io;

import java.io.IOException;
import java.io.InputStream;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * The JDK's StAX parser, set up for files from strangers: a document type declaration ends the
 * read (a workbook's parts never carry one; refusing it blocks external entities, XXE, and entity
 * expansion bombs alike), no external DTDs or schemas. StAX rather than SAX: it builds no attribute
 * objects or strings the reader does not ask for, and parses a large sheet in clearly less time
 * (docs/performance.md). Errors are thrown, never printed: stderr carries the reader's one line only.
 */
final class WorkbookXml {
    /** What a part's reader does with the parts of the XML it meets. */
    interface Handler {
        /** An element starts; its attributes are {@code element}'s while this runs. */
        default void start(String localName, XMLStreamReader element) throws UnreadableFileException, XMLStreamException {
        }

        default void end(String localName) throws UnreadableFileException, XMLStreamException {
        }

        /** Text inside the element last started (entities already replaced); may come in pieces. */
        default void text(char[] chars, int start, int length) throws UnreadableFileException, XMLStreamException {
        }
    }

    private final XMLInputFactory factory;

    WorkbookXml() {
        factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_VALIDATING, false);
        factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        factory.setXMLReporter((message, type, info, location) -> {
            // Nothing on stderr: a real problem is thrown, a warning changes nothing read.
        });
    }

    /** Parses one part into {@code handler}; the stream is closed afterwards. */
    void parse(InputStream part, Handler handler) throws IOException, XMLStreamException, UnreadableFileException {
        try (InputStream in = part) {
            XMLStreamReader xml = factory.createXMLStreamReader(in);
            try {
                while (xml.hasNext()) {
                    switch (xml.next()) {
                        case XMLStreamConstants.START_ELEMENT -> handler.start(xml.getLocalName(), xml);
                        case XMLStreamConstants.END_ELEMENT -> handler.end(xml.getLocalName());
                        case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE ->
                                handler.text(xml.getTextCharacters(), xml.getTextStart(), xml.getTextLength());
                        case XMLStreamConstants.DTD, XMLStreamConstants.ENTITY_REFERENCE ->
                                throw new XMLStreamException("a document type declaration or entity in a workbook part");
                        default -> {
                            // comments, processing instructions, the document's start and end
                        }
                    }
                }
            } finally {
                xml.close();
            }
        }
    }
}
