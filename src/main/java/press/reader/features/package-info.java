/**
 * The apparatus features as extensions of assembly: {@link press.reader.features.Features} registers them, and each
 * feature is a package of its own beneath this one ({@code citations}, {@code notes}, {@code chronology},
 * {@code glossary}, {@code index}). Each implements
 * {@code assemble/ApparatusFeature}; this package sits between {@code assemble}, whose extension point it uses, and
 * {@code publish}, whose workshop holds the list.
 */
package press.reader.features;
