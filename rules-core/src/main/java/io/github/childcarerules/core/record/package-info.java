/**
 * The parent-child record (dossier parent-enfant) as entered in CSG: the child, the adults
 * responsible for it, the address, age brackets and special periods. Values are kept as entered, so
 * that every problem, a malformed date included, can be reported at once.
 */
@CoreStyle
@NullMarked
package io.github.childcarerules.core.record;

import io.github.childcarerules.core.internal.CoreStyle;
import org.jspecify.annotations.NullMarked;
