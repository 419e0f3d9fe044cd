/**
 * How the rules are checked: one class per section of RULES.md, sharing a findings collector and
 * the one overlap mechanism of every kind of period. Not exported.
 */
@NullMarked
package io.github.childcarerules.core.internal;

import org.jspecify.annotations.NullMarked;
