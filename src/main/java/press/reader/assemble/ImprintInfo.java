package press.reader.assemble;

import org.w3c.dom.Element;
import press.reader.manuscript.Imprint;

/**
 * Writes the press's metadata of book.yaml into the book document in DocBook's own elements: author, editor and
 * othercredit (persons or bodies), the credit line, copyright, edition, legal notice and colophon. Only what
 * book.yaml gives is written, so that the styles print nothing half empty.
 */
final class ImprintInfo {
    private ImprintInfo() {}

    static void contributors(DocBook db, Element info, Imprint imprint) {
        for (Imprint.Contributor c : imprint.contributors()) {
            Element e = switch (c.role()) {
                case AUTHOR -> db.add(info, "author");
                case EDITOR -> db.add(info, "editor");
                case TRANSLATOR -> credit(db, info, "translator", null);
                case INTRODUCTION -> credit(db, info, "other", "introduction");
            };
            db.addText(e, c.organisation() ? "orgname" : "personname", c.name());
        }
        if (!imprint.credit().isBlank()) db.addText(info, "bibliomisc", curl(imprint.credit())).setAttribute("role", "credit");
    }

    private static Element credit(DocBook db, Element info, String cls, String otherClass) {
        Element e = db.add(info, "othercredit");
        e.setAttribute("class", cls);
        if (otherClass != null) e.setAttribute("otherclass", otherClass);
        return e;
    }

    static void rights(DocBook db, Element info, Imprint imprint) {
        Imprint.Copyright c = imprint.copyright();
        if (c != null) {
            Element copyright = db.add(info, "copyright");
            db.addText(copyright, "year", c.year());
            db.addText(copyright, "holder", c.holder());
            if (!c.material().isBlank()) {
                db.addText(info, "bibliomisc", curl(c.material())).setAttribute("role", "copyright-material");
            }
        }
        db.addText(info, "edition", curl(imprint.edition()));
        if (!imprint.rights().isBlank()) paragraphs(db, db.add(info, "legalnotice"), imprint.rights());
        // the catalogue record as the library gives it: its line breaks are its layout
        if (!imprint.catalogue().isBlank()) db.addText(info, "bibliomisc", imprint.catalogue()).setAttribute("role", "catalogue");
        for (String credit : imprint.coverCredits()) db.addText(info, "bibliomisc", curl(credit)).setAttribute("role", "cover-credit");
    }

    /** Each format's ISBN: biblioid class="isbn" with the format as its role (print, epub, pdf). */
    static void isbns(DocBook db, Element info, Imprint imprint) {
        for (Imprint.FormatIsbn i : imprint.isbns()) {
            Element id = db.addText(info, "biblioid", i.isbn());
            id.setAttribute("class", "isbn");
            id.setAttribute("role", i.format());
        }
    }

    /** The publisher's postal address, its lines kept (DocBook's address keeps line breaks) */
    static void address(DocBook db, Element publisher, Imprint imprint) {
        if (!imprint.publisherAddress().isBlank()) {
            db.addText(publisher, "address", imprint.publisherAddress()).setAttribute("role", "postal");
        }
    }

    static void colophon(DocBook db, Element book, Imprint imprint) {
        if (!imprint.colophon().isBlank()) paragraphs(db, db.add(book, "colophon"), imprint.colophon());
    }

    private static void paragraphs(DocBook db, Element parent, String text) {
        for (String para : text.strip().split("\\n\\s*\\n")) db.addText(parent, "para", curl(para.strip().replaceAll("\\s+", " ")));
    }

    private static String curl(String s) {
        return HouseQuotes.curl(s);
    }
}
