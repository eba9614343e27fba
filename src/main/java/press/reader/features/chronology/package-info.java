/**
 * The chronology as an apparatus feature of its own: its events anchored in the essays that discuss them
 * ({@code TimelineMarker}), the generated chronology table ({@code ChronologyWriter}) and the checks of what it marked
 * ({@code ChronologyFeature}). Registered in {@code press.reader.features.Features}.
 */
package press.reader.features.chronology;
