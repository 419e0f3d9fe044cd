/**
 * The typed reading of what a record enters, decided once: entered dates parsed strictly ({@code
 * Entered}), the extent of each element ({@code Extents}, {@code PlannedOccupation}), the age
 * brackets in force, reference years, and the closed-form timelines of planned half-days ({@code
 * Planned}). Validation reads the parts each rule needs; the counts of rules-occupation read a
 * whole {@code RecordReading}, which validation does not build. Exported only to rules-occupation;
 * not part of the public API.
 */
@NullMarked
package io.github.childcarerules.core.internal.reading;

import org.jspecify.annotations.NullMarked;
