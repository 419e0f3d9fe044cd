/**
 * Validation of a parent-child record against every rule of RULES.md §1–7: {@link
 * io.github.childcarerules.core.validation.RecordValidator} returns all violations at once, sorted.
 */
@CoreStyle
@NullMarked
package io.github.childcarerules.core.validation;

import io.github.childcarerules.core.internal.CoreStyle;
import org.jspecify.annotations.NullMarked;
