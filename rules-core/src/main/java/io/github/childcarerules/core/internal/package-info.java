/**
 * How the rules are checked: one class per section of RULES.md, sharing a findings collector and
 * the one overlap mechanism of every kind of period. Not part of the public API: {@code
 * module-info} exports the package only to the library's own modules (allocation, occupation, cli),
 * which use its {@code NoNulls} check and its {@code MessageBundle} loader.
 */
@NullMarked
package io.github.childcarerules.core.internal;

import org.jspecify.annotations.NullMarked;
