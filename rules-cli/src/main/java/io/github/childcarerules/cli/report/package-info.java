/**
 * How results are shown: validation reports and the rule catalogue as FORMAT.md's JSON, or as text
 * for a person in French or English.
 */
@NullMarked
package io.github.childcarerules.cli.report;

import org.jspecify.annotations.NullMarked;
