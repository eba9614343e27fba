/** Memory kept between the rebuilds of a warm process, bounded ({@link press.reader.memo.Lru}). */
package press.reader.memo;
