/**
 * Coverage rates of sectors (POL Tableau 1): places per 100 children, and the audit of a published
 * coverage table in exact decimal arithmetic.
 */
@OccupationStyle
@NullMarked
package io.github.childcarerules.occupation.coverage;

import io.github.childcarerules.occupation.internal.OccupationStyle;
import org.jspecify.annotations.NullMarked;
