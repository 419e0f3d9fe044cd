/**
 * The care unit of one day (RCR art. 1 and 6, CSG "Horaire normal"): a day, a half-day or no unit,
 * from the child's arrival and departure times and its age on 30 September of the reference year.
 */
@OccupationStyle
@NullMarked
package io.github.childcarerules.occupation.careunit;

import io.github.childcarerules.occupation.internal.OccupationStyle;
import org.jspecify.annotations.NullMarked;
