/**
 * Printable pages of the library's results: {@link io.github.childcarerules.report.Reports} gives a
 * record's page and a coverage table's page, each one self-contained HTML page for letter paper.
 */
@NullMarked
package io.github.childcarerules.report;

import org.jspecify.annotations.NullMarked;
