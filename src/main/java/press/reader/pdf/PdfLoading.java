package press.reader.pdf;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDocument;
import org.apache.pdfbox.cos.COSObjectKey;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdfparser.PDFObjectStreamParser;
import org.apache.pdfbox.pdfparser.PDFParser;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * Loads a PDF as PDFBox's {@code Loader.loadPDF(bytes)} does, without its quadratic step. PDFBox 3.0.8 opens each
 * object stream with a new parser, and each new parser first copies the key of every object of the file into a
 * cache of its own: for a tagged PDF (FOP writes its structure tree in object streams of 100 objects) that is
 * objects²/100 steps, 52 s of the screen PDF of a book citing 10,000 works. Here the object streams' parsers share
 * one such cache, made once; the objects they find, and the document, are PDFBox's own.
 */
final class PdfLoading {
    private PdfLoading() {}

    static PDDocument load(byte[] pdf) throws IOException {
        return load(pdf, new int[1]);
    }

    /** Loads {@code pdf}, counting in {@code keyCopies[0]} the times the file's object keys were copied (work). */
    static PDDocument load(byte[] pdf, int[] keyCopies) throws IOException {
        return new SharedKeysParser(pdf, keyCopies).parse();
    }

    private static final class SharedKeysParser extends PDFParser {
        private final Map<Long, COSObjectKey> keys = new HashMap<>();
        private final Map<Long, Map<COSObjectKey, COSBase>> unpacked = new HashMap<>();
        private final int[] keyCopies;

        SharedKeysParser(byte[] pdf, int[] keyCopies) throws IOException {
            super(new RandomAccessReadBuffer(pdf), "", null, null, IOUtils.createMemoryOnlyStreamCache());
            this.keyCopies = keyCopies;
        }

        /** As PDFBox's: each object stream is parsed whole, once, and its objects handed out as they are asked. */
        @Override
        protected COSBase parseObjectStreamObject(long streamNumber, COSObjectKey key) throws IOException {
            Map<COSObjectKey, COSBase> objects = unpacked.get(streamNumber);
            if (objects == null) {
                COSBase stream = document.getObjectFromPool(getObjectKey(streamNumber, 0)).getObject();
                if (!(stream instanceof COSStream s)) return super.parseObjectStreamObject(streamNumber, key);
                try {
                    objects = new StreamParser(s, document, this).parseAllObjects();
                } catch (IOException e) {
                    return super.parseObjectStreamObject(streamNumber, key);   // PDFBox's own handling of it
                }
                unpacked.put(streamNumber, objects);
            }
            return objects.remove(key);
        }

        /** As PDFBox's {@code BaseParser.getObjectKey}, with the cache kept for the whole file. */
        COSObjectKey sharedKey(long number, int generation) {
            Map<COSObjectKey, Long> xref = document.getXrefTable();
            if (xref.isEmpty()) return new COSObjectKey(number, generation);
            if (xref.size() > keys.size()) {
                keyCopies[0]++;
                for (COSObjectKey k : xref.keySet()) keys.putIfAbsent(k.getInternalHash(), k);
            }
            COSObjectKey k = keys.get(COSObjectKey.computeInternalHash(number, generation));
            return k != null ? k : new COSObjectKey(number, generation);
        }
    }

    private static final class StreamParser extends PDFObjectStreamParser {
        private final SharedKeysParser file;

        StreamParser(COSStream stream, COSDocument document, SharedKeysParser file) throws IOException {
            super(stream, document);
            this.file = file;
        }

        @Override
        protected COSObjectKey getObjectKey(long number, int generation) {
            return file.sharedKey(number, generation);
        }
    }
}
