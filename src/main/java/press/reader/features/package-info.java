/**
 * The apparatus features as extensions of assembly: {@link press.reader.features.Features} registers them, and a
 * feature with a package of its own lives beneath this one ({@code chronology}, {@code glossary}). Each implements
 * {@code assemble/ApparatusFeature}; this package sits between {@code assemble}, whose extension point it uses, and
 * {@code publish}, whose workshop holds the list.
 */
package press.reader.features;
