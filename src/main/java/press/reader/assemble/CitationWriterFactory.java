package press.reader.assemble;

import press.reader.diagnostics.Diagnostics;
import press.reader.manuscript.Manuscript;

/** Makes the citation writer for a manuscript (the bibliography and style it names). */
public interface CitationWriterFactory {
    CitationWriter create(Manuscript manuscript, DocBook db, Diagnostics diagnostics);
}
