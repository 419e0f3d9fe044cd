/**
 * Subsidized places left unoccupied (POL "Places inoccupées"): the runs of more than 90 consecutive
 * days during which k or more of a provider's places had no non-replacement agreement.
 */
@OccupationStyle
@NullMarked
package io.github.childcarerules.occupation.places;

import io.github.childcarerules.occupation.internal.OccupationStyle;
import org.jspecify.annotations.NullMarked;
