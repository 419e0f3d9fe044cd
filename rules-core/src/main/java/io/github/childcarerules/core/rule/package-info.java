/**
 * The rule catalogue (one {@link io.github.childcarerules.core.rule.Rule} per id of RULES.md, with
 * its severity and source) and the {@link io.github.childcarerules.core.rule.Violation}s rules
 * report.
 */
@CoreStyle
@NullMarked
package io.github.childcarerules.core.rule;

import io.github.childcarerules.core.internal.CoreStyle;
import org.jspecify.annotations.NullMarked;
