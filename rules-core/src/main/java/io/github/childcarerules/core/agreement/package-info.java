/**
 * Service agreements (ententes de services) of a record and their special schedules (horaires
 * particuliers), as entered.
 */
@CoreStyle
@NullMarked
package io.github.childcarerules.core.agreement;

import io.github.childcarerules.core.internal.CoreStyle;
import org.jspecify.annotations.NullMarked;
