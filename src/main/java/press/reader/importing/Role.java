package press.reader.importing;

/** What a kept source line became in the essay. Each web-capture line is one paragraph. */
public enum Role {
    TITLE, SUBTITLE, STANDFIRST, CAPTION, EPIGRAPH, ATTRIBUTION, HEADING, PARAGRAPH, BLOCKQUOTE, BULLET, LIST_ITEM,
    NOTE;

    /** Lines that go into the front matter rather than the body. */
    public boolean isFrontMatter() {
        return this == TITLE || this == SUBTITLE || this == STANDFIRST;
    }
}
